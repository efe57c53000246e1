import { createInterface } from "node:readline";
import type { Engine } from "../engine/index.js";
import { renderAnswerJson } from "../render/json.js";
import { renderAnswerText } from "../render/terminal.js";
import { parseAskArgs } from "./ask-args.js";
import { openEngine } from "./open-engine.js";
import { wantsColor } from "./terminal-style.js";

async function answerLines(engine: Engine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const question = line.trim();
    if (question !== "") process.stdout.write(`${renderAnswerJson(engine.ask(question))}\n`);
  }
}

const args = parseAskArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.message);
  process.exitCode = 2;
} else {
  const opened = await openEngine();
  if (!opened.ok) {
    console.error(opened.message);
    process.exitCode = 1;
  } else if (args.mode === "jsonl") {
    await answerLines(opened.engine);
  } else {
    const answer = opened.engine.ask(args.question, args.previous ? { previousQuestion: args.previous } : {});
    console.log(args.mode === "json" ? renderAnswerJson(answer) : renderAnswerText(answer, { color: wantsColor(process.stdout) }));
  }
}
