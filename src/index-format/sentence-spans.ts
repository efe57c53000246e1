/** A character range inside a text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Sentence boundaries in a passage: every line break (list items, table rows and headings
 * are one line each), and inside a line wherever `splitSentences` ends a sentence.
 */
export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const span of splitSentences(line)) spans.push({ start: lineStart + span.start, end: lineStart + span.end });
    lineStart += line.length + 1;
  }
  return spans;
}

/**
 * Sentence spans of `text`, trimmed, in order; only whitespace lies between them.
 *
 * A sentence ends at `.`, `!` or `?` (with any closing quotes, brackets or footnote
 * markers after it) when whitespace and then a capital, digit, opening quote or
 * bracket follows. A period does not end a sentence after a known abbreviation
 * ("e.g.", "Dr.", "no. 1103739"), a single initial ("J. Smith") or a dotted acronym
 * ("U.K."); decimals ("3.5") never qualify because no whitespace follows the point.
 *
 * @example splitSentences("It rose. Dr. Lee said so.") // [{start:0,end:8},{start:9,end:25}]
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(text.includes("[^") ? SENTENCE_END_MARKDOWN_NOTES : SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end <= start || !endsSentence(text, match.index, match[0])) continue;
    spans.push({ start, end });
    start = skipSpace(text, end);
  }
  const tail = trimEnd(text, text.length);
  if (tail > start) spans.push({ start, end: tail });
  return spans;
}

// Terminal punctuation, then closers and footnote markers that belong to the same sentence,
// then (by lookahead) whitespace and a plausible sentence start.
const SENTENCE_END = /[.!?]+["'”’)\]*]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*(?=\s+["'“‘(\[*]?[\p{Lu}\d])/gu;
// The same, with Markdown's footnote markers ("year.[^1] Yet"). Only a source text holds them
// (passage text is cleaned of them), and search splits many passages per question, so the
// plain pattern does the common work.
const SENTENCE_END_MARKDOWN_NOTES = /[.!?]+["'”’)\]*]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]|\[\^[^\]\s]+\])*(?=\s+["'“‘(\[*]?[\p{Lu}\d])/gu;

/**
 * Words whose period is part of the word. Lower-cased; a word matches if it equals one of
 * these ignoring case. "etc." is left out on purpose: it often does end a sentence.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `e.g i.e cf vs viz al dr mr mrs ms prof st sr jr no nos vol pp p fig figs eq approx ca c rev
  hon gen col lt sgt capt gov sen rep op ed eds`.split(/\s+/),
);

function endsSentence(text: string, index: number, punctuation: string): boolean {
  if (!punctuation.startsWith(".") || punctuation.startsWith("..")) return true;
  const word = wordBefore(text, index);
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  return !/^(\p{L}\.)+\p{L}$/u.test(word);
}

/** The word (letters and inner dots) that ends just before `index`. */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? "")) i -= 1;
  return text.slice(i, index).replace(/^\.+/, "");
}

export function skipSpace(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\s/.test(text[i] ?? "")) i += 1;
  return i;
}

export function trimEnd(text: string, index: number): number {
  let i = index;
  while (i > 0 && /\s/.test(text[i - 1] ?? "")) i -= 1;
  return i;
}
