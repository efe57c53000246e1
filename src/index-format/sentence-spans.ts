/** A character range inside a text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Sentence boundaries in a passage: after ".", "!" or "?" (with any closing quote,
 * bracket or footnote marker) followed by white space and an upper-case letter, digit,
 * quote or bullet; also at line breaks, which separate list items and table rows.
 * Abbreviations that end in a full stop ("e.g.", "Dr.", "no.") do not end a sentence.
 */
export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(BOUNDARY)) {
    const end = (match.index ?? 0) + (match[1]?.length ?? 0);
    if (end <= start) continue;
    if (match[1] && endsWithAbbreviation(text.slice(start, end))) continue;
    spans.push({ start, end: trimEnd(text, end) });
    start = skipSpace(text, end);
  }
  if (start < text.length && text.slice(start).trim() !== "") spans.push({ start, end: trimEnd(text, text.length) });
  return spans.filter((span) => span.end > span.start);
}

const BOUNDARY = /([.!?][”"’')\]⁰¹²³⁴⁵⁶⁷⁸⁹]*)(?=\s+[\p{Lu}\d“"‘'•(\-–])|\n+/gu;
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|Prof|St|no|No|vs|cf|al|Fig|Vol|pp|p)\.)$/;

function endsWithAbbreviation(sentence: string): boolean {
  return ABBREVIATION.test(sentence.trimEnd());
}

function skipSpace(text: string, from: number): number {
  let position = from;
  while (position < text.length && /\s/.test(text[position] ?? "")) position += 1;
  return position;
}

function trimEnd(text: string, end: number): number {
  let position = end;
  while (position > 0 && /\s/.test(text[position - 1] ?? "")) position -= 1;
  return position;
}
