import { parseArgs } from "node:util";

export const EVAL_USAGE = `Usage:
  npm run eval -- FILE.json            table overall and per kind, then the misses
  npm run eval -- FILE.json --check    exit 1 when a product target is not met
  npm run eval -- FILE.json --check --floors FLOORS.json   exit 1 below the set's regression floors
  npm run --silent eval -- FILE.json --json   the report as one JSON object`;

export type EvalArgs =
  | { ok: true; file: string; check: boolean; json: boolean; floors: string | undefined }
  | { ok: false; message: string };

/** Parses the arguments of `npm run eval`; a bad one gives the usage, never a throw. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        check: { type: "boolean" },
        json: { type: "boolean" },
        floors: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { ok: false, message: `eval: ${error instanceof Error ? error.message : String(error)}\n${EVAL_USAGE}` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: false, message: EVAL_USAGE };
  if (positionals.length !== 1 || positionals[0] === undefined) {
    return { ok: false, message: `eval: give exactly one question file\n${EVAL_USAGE}` };
  }
  return { ok: true, file: positionals[0], check: values.check ?? false, json: values.json ?? false, floors: values.floors };
}
