import { skipSpace, splitSentences, trimEnd, type TextSpan } from "../index-format/sentence-spans.js";

export { splitSentences, splitAtWords, type TextSpan };

/**
 * Splits `span` of `text` into pieces of at most `maxChars`, breaking at whitespace; a
 * single word longer than the limit is cut. For sentences too long to keep whole.
 */
function splitAtWords(text: string, span: TextSpan, maxChars: number): TextSpan[] {
  const pieces: TextSpan[] = [];
  let start = span.start;
  while (span.end - start > maxChars) {
    const limit = start + maxChars;
    let cut = text.lastIndexOf(" ", limit);
    for (const ws of ["\n", "\t"]) cut = Math.max(cut, text.lastIndexOf(ws, limit));
    const end = cut > start ? trimEnd(text, cut) : limit;
    pieces.push({ start, end: end > start ? end : limit });
    start = skipSpace(text, end > start ? end : limit);
  }
  if (span.end > start) pieces.push({ start, end: span.end });
  return pieces;
}

