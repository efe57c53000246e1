import { sentenceSpans } from "../../index-format/index.js";

/** A sentence of a passage: `text === passageText.slice(start, end)`, so quotes stay verbatim. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * The passage's sentences with their text, by the analyser's one sentence splitter
 * (`sentenceSpans`): a line break always ends a sentence, and inside a line a sentence ends
 * at ".", "!" or "?" before a capital, digit or quote, except after abbreviations and initials.
 *
 * @example splitSentences("NICE advises. It is a body.").map((s) => s.text) // ["NICE advises.", "It is a body."]
 */
export function splitSentences(text: string): Sentence[] {
  return sentenceSpans(text).map((span) => ({ text: text.slice(span.start, span.end), ...span }));
}
