/** A sentence of a passage: `text === passageText.slice(start, end)`, so quotes stay verbatim. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits passage text into sentences, keeping offsets. A line break always ends a sentence
 * (bullets, table rows and headings are one line each); inside a line a sentence ends at
 * ".", "!" or "?" followed by a space and an upper-case letter, digit or quote, except after
 * abbreviations ("e.g.", "no.", "Dr.") and initials.
 *
 * @example splitSentences("NICE advises. It is a body.").map((s) => s.text) // ["NICE advises.", "It is a body."]
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    let start = 0;
    for (const match of line.matchAll(SENTENCE_END)) {
      const stop = (match.index ?? 0) + 1 + (match[1]?.length ?? 0);
      if (isAbbreviation(line.slice(0, (match.index ?? 0) + 1))) continue;
      push(sentences, line, lineStart, start, stop);
      start = stop;
    }
    push(sentences, line, lineStart, start, line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}

// The stop, then any closing quotes/brackets/footnote markers, then space, then a sentence start.
const SENTENCE_END = /[.!?]([”’"')\]⁰¹²³⁴⁵⁶⁷⁸⁹]*)(?=\s+[\p{Lu}\d“‘"'(])/gu;
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|no|nos|vol|Dr|Mr|Mrs|Ms|Prof|St|Sir|cf|al|vs|approx)|\b\p{Lu})\.$/u;

function isAbbreviation(before: string): boolean {
  return ABBREVIATIONS.test(before);
}

function push(sentences: Sentence[], line: string, lineStart: number, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(line[start] ?? "")) start++;
  while (end > start && /\s/.test(line[end - 1] ?? "")) end--;
  if (end > start) sentences.push({ text: line.slice(start, end), start: lineStart + start, end: lineStart + end });
}
