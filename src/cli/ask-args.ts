import { parseCliArgs } from "./parse-cli-args.js";

export const ASK_USAGE = `Usage:
  npm run ask -- "question"                 readable answer with cited passages
  npm run ask -- --previous "earlier question" "and in Denmark?"
  npm run --silent ask -- --json "question" one JSON object (the contract in the README)
  npm run --silent ask -- --jsonl < questions.txt   one question per line in, one JSON object per line out`;

export type AskArgs =
  | { ok: true; mode: "text" | "json"; question: string; previous: string | undefined }
  | { ok: true; mode: "jsonl" }
  | { ok: false; message: string };

export function parseAskArgs(argv: string[]): AskArgs {
  const parsed = parseCliArgs(argv, { json: { type: "boolean" }, jsonl: { type: "boolean" }, previous: { type: "string" } }, ASK_USAGE, "ask");
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed;
  if (values.jsonl) {
    if (positionals.length > 0 || values.json) return { ok: false, message: `--jsonl reads questions from stdin only\n${ASK_USAGE}` };
    return { ok: true, mode: "jsonl" };
  }
  const question = positionals.join(" ").trim();
  if (question === "") return { ok: false, message: `ask: no question given\n${ASK_USAGE}` };
  return { ok: true, mode: values.json ? "json" : "text", question, previous: values.previous };
}

