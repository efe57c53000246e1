import { parseCliArgs } from "./parse-cli-args.js";

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
  const parsed = parseCliArgs(argv, { check: { type: "boolean" }, json: { type: "boolean" }, floors: { type: "string" } }, EVAL_USAGE, "eval");
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] === undefined) {
    return { ok: false, message: `eval: give exactly one question file\n${EVAL_USAGE}` };
  }
  return { ok: true, file: positionals[0], check: values.check ?? false, json: values.json ?? false, floors: values.floors };
}
