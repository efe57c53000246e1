import { createInterface } from "node:readline";
import type { Engine } from "../engine/index.js";
import { renderAnswerText, type TerminalStyle } from "../render/terminal.js";
import { renderFactsText } from "../render/terminal-facts.js";

const HELP = `Ask a question about the documents, in your own words. A short follow-up ("and in Denmark?")
uses your previous question as context.
  /sources        what the documents are
  /facts WORDS    look up bodies, figures and recommendations
  /new            forget the previous question
  /help, /quit`;

export interface ChatStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  style: TerminalStyle;
}

/**
 * The terminal chat over the same pipeline as Slack: one question per line, answers with
 * cited passages; the previous question is kept as context for follow-ups.
 */
export async function runTerminalChat(engine: Engine, streams: ChatStreams): Promise<void> {
  const write = (text: string): void => {
    streams.output.write(`${text}\n`);
  };
  const sources = engine.sources();
  write(`Ask about ${sources.length} document${sources.length === 1 ? "" : "s"} (/help for commands, /quit to leave).`);
  const lines = createInterface({ input: streams.input, crlfDelay: Infinity, terminal: false });
  let previousQuestion: string | undefined;
  streams.output.write("> ");
  for await (const line of lines) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    if (text === "/help") write(HELP);
    else if (text === "/new") previousQuestion = undefined;
    else if (text === "/sources") write(sources.map((s) => `${s.document.id}: ${s.document.title} (${s.document.date ?? "date unknown"}, ${s.passages} passages)`).join("\n"));
    else if (text.startsWith("/facts")) write(renderFactsText(engine.lookupFacts({ text: text.slice("/facts".length).trim() })) || "No matching facts.");
    else if (text.startsWith("/")) write(`Unknown command ${text.split(/\s/)[0]}. ${HELP}`);
    else if (text !== "") {
      write(renderAnswerText(engine.ask(text, previousQuestion ? { previousQuestion } : {}), streams.style));
      previousQuestion = text;
    }
    streams.output.write("\n> ");
  }
  write("");
}
