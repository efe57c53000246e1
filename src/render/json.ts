import { AnswerSchema, type Answer } from "../answer/answer.js";

/**
 * One line of JSON, the public contract of `ask --json` / `--jsonl`. Parsed through the
 * schema on the way out, so a field the contract does not define can never leak.
 */
export function renderAnswerJson(answer: Answer): string {
  return JSON.stringify(AnswerSchema.parse(answer));
}
