import { createInterface } from "node:readline";
import type { Engine } from "../engine/index.js";
import { renderAnswerJson } from "../render/json.js";
import { renderAnswerText } from "../render/terminal.js";
import { parseAskArgs } from "./ask-args.js";
import { runWithEngine } from "./run-with-engine.js";
import { wantsColor } from "./terminal-style.js";

async function answerLines(engine: Engine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const question = line.trim();
    if (question !== "") process.stdout.write(`${renderAnswerJson(engine.ask(question))}\n`);
  }
}

await runWithEngine(parseAskArgs(process.argv.slice(2)), async (args, engine) => {
  if (args.mode === "jsonl") {
    await answerLines(engine);
    return 0;
  }
  const answer = engine.ask(args.question, args.previous ? { previousQuestion: args.previous } : {});
  console.log(args.mode === "json" ? renderAnswerJson(answer) : renderAnswerText(answer, { color: wantsColor(process.stdout) }));
  return 0;
});
