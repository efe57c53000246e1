import type { Passage } from "../../index-format/index.js";
import { cleanInlineText } from "../clean-inline-text.js";

/**
 * Whether `quote` is verbatim from its passage and stands in the document's source.
 *
 * A passage's text is its source span cleaned line by line (cleanInlineText: markup
 * removed, whitespace collapsed) with some lines left out: a paragraph cut by a page break
 * is joined across the footnotes and page furniture printed between its halves, and table
 * cells become "Key: value" rows. So the quote must be a substring of the passage text,
 * and, in the passage's span of the source with each line (each table cell) cleaned the
 * same way, it must read as consecutive lines, joined by one space, where lines that do not
 * continue it (left out by cleaning) may sit between them. Words therefore appear in the
 * same order and the same lines as in the source; nothing is compared more loosely than the
 * passage cleaning itself.
 *
 * @example quoteInSource("their area and", { text: "within their area and", … }, "within their\n\n¹ Note.\n\narea and")  // true
 */
export function quoteInSource(quote: string, passage: Passage, source: string): boolean {
  if (quote.trim() === "" || !passage.text.includes(quote)) return false;
  const units = source
    .slice(passage.start, passage.end)
    .split("\n")
    .flatMap((line) => line.split("\t"))
    .map(cleanInlineText)
    .filter((unit) => unit !== "");
  return units.some((_, i) => readsFrom(quote, units, i));
}

/** Whether the quote starts inside `units[i]` and continues over the units after it. */
function readsFrom(quote: string, units: readonly string[], i: number): boolean {
  const first = units[i] ?? "";
  if (first.includes(quote)) return true;
  for (const cut of wordEnds(quote)) {
    if (!first.endsWith(quote.slice(0, cut))) continue;
    if (continues(quote.slice(cut + 1), units, i + 1)) return true;
  }
  return false;
}

function continues(rest: string, units: readonly string[], from: number): boolean {
  for (let j = from; j < units.length; j++) {
    const unit = units[j] ?? "";
    if (unit.startsWith(rest)) return true;
    if (rest.startsWith(`${unit} `) && continues(rest.slice(unit.length + 1), units, j + 1)) return true;
  }
  return false;
}

/** Offsets of the spaces in `text`: the places a line of the source may end. */
function wordEnds(text: string): number[] {
  const ends: number[] = [];
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) ends.push(at);
  return ends;
}
