import type { Passage, PassageKind } from "../index-format/index.js";
import { chunkParagraphs, sentenceUnits, type ChunkUnit, type Paragraph } from "./chunk-paragraphs.js";
import { findPageFooterStart, findRunningPageLines, isBoilerplateLine, isMenuLine } from "./clean-boilerplate.js";
import {
  confirmedChapters,
  endsMidSentence,
  isCaptionLine,
  isDateLine,
  isRuleLine,
  isSourceLine,
  parseHeading,
  underlinedHeading,
  type Heading,
} from "./clean-heading.js";
import { cleanInlineText, collapseWhitespace, MARKDOWN_FOOTNOTE, SUPERSCRIPT_DIGITS } from "./clean-inline-text.js";
import { findTableOfContentsLines } from "./clean-table-of-contents.js";
import { carryQuotedSpeaker } from "./quoted-speaker.js";
import { formatTable, isDelimiterRow, isPipeRow, tableCells } from "./clean-table.js";

export { segmentDocument };

/**
 * Cuts one document's text into passages: cleaned of site furniture, under their section
 * headings, with footnotes, tables and the bibliography kept apart from body text.
 *
 * `source` is the file as read (BOM removed, LF line ends); passage offsets index into it
 * and `source.slice(start, end)` contains every word of the passage text. The text itself
 * is cleaned (markup removed, whitespace collapsed, table rows rewritten as "Key: value"),
 * so it is not always a verbatim substring. Ranges of passages cut from one table overlap,
 * because each repeats the table's caption, and so do those of a quotation over several
 * paragraphs, each repeating who is speaking (quoted-speaker). Ids are `${docId}#1`, `#2`… in order of
 * `start`. The result depends on the arguments only.
 *
 * The steps, each rule documented where it lives:
 * 1. drop lines: site furniture and menus (clean-boilerplate), a page footer after "Further
 *    reading", a converted PDF's running header or footer with its page numbers, a table of
 *    contents (clean-table-of-contents);
 * 2. group the remaining lines into blocks (paragraphs) and give each a shape: heading,
 *    caption, table, list, footnote or prose;
 * 3. drop the title page (see dropTitlePage) and walk the headings to give every block
 *    its section path and kind;
 * 4. repair the layout: tables take their caption and source note, a list takes the
 *    sentence that introduces it, paragraphs cut by a page break are joined (see
 *    joinPageBreaks), repeated paragraphs are kept once;
 * 5. a quotation's later paragraphs take its speaker as their lead (quoted-speaker);
 * 6. chunk (chunk-paragraphs): short paragraphs merged, long ones split at sentences.
 *
 * @example segmentDocument("doc", "Key points\n\nDevolution is high on the agenda.")
 * // [{ id: "doc#1", kind: "body", sectionPath: ["Key points"], text: "Devolution is high on the agenda.", … }]
 */
function segmentDocument(docId: string, source: string): Passage[] {
  const blocks = dropTitlePage(toBlocks(keptLines(source)));
  const items = joinPageBreaks(assignSections(blocks));
  const paragraphs = carryQuotedSpeaker(dropRepeats(toParagraphs(source, items)));
  return chunkParagraphs(paragraphs)
    .map((chunk, order) => ({ chunk, order }))
    .sort((a, b) => a.chunk.start - b.chunk.start || a.order - b.order)
    .map(({ chunk }, i) => ({ id: `${docId}#${i + 1}`, docId, ...chunk }));
}

interface Line {
  raw: string;
  start: number;
  end: number;
  /** Set when the line is underlined as a heading ("Funding" over "-------"). */
  heading?: Heading;
}

type Shape = "heading" | "caption" | "table" | "list" | "footnote" | "prose";

interface Block {
  shape: Shape;
  lines: Line[];
  heading: Heading | null;
}

/** A block placed in the document: its section and passage kind are known. */
interface Item {
  shape: Exclude<Shape, "heading">;
  kind: PassageKind;
  sectionPath: string[];
  /** Changes at every heading, so equal numbers mean no heading lies between two items. */
  section: number;
  /** Several blocks when a paragraph cut by a page break was joined back. */
  parts: Line[][];
}

// ---------------------------------------------------------------- 1. lines

/**
 * Source lines with offsets; dropped lines come back as null (they end a paragraph). Rules
 * ("---", "=====") hold no words and are dropped; one underlining a line makes that line a
 * heading.
 */
function keptLines(source: string): (Line | null)[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of source.split("\n")) {
    lines.push({ raw, start, end: start + raw.length });
    start += raw.length + 1;
  }
  const raws = lines.map((l) => l.raw);
  const contents = findTableOfContentsLines(raws);
  const running = findRunningPageLines(raws);
  const footer = findPageFooterStart(raws) ?? lines.length;
  return lines.map((line, i) => {
    if (i >= footer || contents.has(i) || running.has(i) || isBoilerplateLine(line.raw) || isMenuLine(raws, i) || isBlank(line.raw) || isRuleLine(line.raw)) return null;
    const heading = underlinedHeadingAt(lines, i);
    return heading === null ? line : { ...line, heading };
  });
}

/** The heading line `i` is when the next line underlines it and it stands alone above. */
function underlinedHeadingAt(lines: readonly Line[], i: number): Heading | null {
  const line = lines[i];
  const above = lines[i - 1];
  const below = lines[i + 1];
  if (line === undefined || below === undefined || LIST_ITEM_LINE.test(line.raw)) return null;
  if (above !== undefined && !isBlank(above.raw) && !isRuleLine(above.raw)) return null;
  return underlinedHeading(line.raw, below.raw);
}

function isBlank(raw: string): boolean {
  return /^\s*$/.test(raw);
}

// ---------------------------------------------------------------- 2. blocks

function toBlocks(lines: readonly (Line | null)[]): Block[] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (const line of lines) {
    const previous = run.at(-1);
    if (line === null || (previous !== undefined && !continuesBlock(run, line))) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (line !== null) run.push(line);
  }
  if (run.length > 0) runs.push(run);
  const chapters = confirmedChapters(lines.flatMap((line) => (line === null ? [] : [line.raw])));
  const blocks = runs.map((lines) => classify(lines, chapters));
  // A heading-shaped line followed by a lower-case line is the first half of a paragraph
  // cut by a page break, not a heading.
  return blocks.map((block, i) =>
    block.shape === "heading" && startsLowerCase(nextNonFootnote(blocks, i)) ? { ...block, shape: "prose", heading: null } : block,
  );
}

/**
 * Whether `line` belongs to the block of the lines before it (no blank line between).
 * Scraped pages put each paragraph, title or date on its own line, so a line break ends a
 * paragraph unless the text is hard-wrapped: the line before is long and stops without
 * terminal punctuation. Table rows (with tabs, or Markdown rows between pipes) stay
 * together, and so do list items with their indented continuation lines.
 */
function continuesBlock(run: readonly Line[], line: Line): boolean {
  const first = run[0]?.raw ?? "";
  const previous = run.at(-1)?.raw ?? "";
  if (first.includes("\t")) return line.raw.includes("\t");
  if (isPipeRow(first)) return isPipeRow(line.raw);
  if (line.raw.includes("\t") || isPipeRow(line.raw) || FOOTNOTE_LINE.test(line.raw) || FOOTNOTE_LINE.test(first)) return false;
  if (LIST_ITEM_LINE.test(first)) return LIST_ITEM_LINE.test(line.raw) || /^\s+\S/.test(line.raw);
  if (LIST_ITEM_LINE.test(line.raw)) return false;
  return previous.trim().length >= MIN_WRAPPED_LINE_CHARS && !/[.!?:;…"”’)]$/.test(previous.trim());
}

const MIN_WRAPPED_LINE_CHARS = 40;

// "¹ Chris Naylor…" as converted texts print footnotes; "[^1]: Chris Naylor…" in Markdown.
const FOOTNOTE_LINE = new RegExp(`^\\s*(?:[${SUPERSCRIPT_DIGITS}]+|${MARKDOWN_FOOTNOTE}:)\\s*\\S`);
const LIST_ITEM_LINE = /^\s*([•·‣▪*–-]|\d{1,3}[.)]|\(?[a-z]\))\s+\S/;

function classify(lines: Line[], chapters: ReadonlySet<string>): Block {
  const underlined = lines.length === 1 ? lines[0]?.heading : undefined;
  if (underlined !== undefined) return { shape: "heading", lines, heading: underlined };
  const first = lines[0]?.raw ?? "";
  if (FOOTNOTE_LINE.test(first)) return { shape: "footnote", lines, heading: null };
  if (lines.length >= 2 && lines.every((l) => l.raw.includes("\t"))) return { shape: "table", lines, heading: null };
  if (isMarkdownTable(lines)) return { shape: "table", lines, heading: null };
  if (lines.length === 1) {
    if (isCaptionLine(first)) return { shape: "caption", lines, heading: null };
    const heading = parseHeading(first, chapters);
    if (heading !== null) return { shape: "heading", lines, heading };
  }
  if (LIST_ITEM_LINE.test(first)) return { shape: "list", lines, heading: null };
  return { shape: "prose", lines, heading: null };
}

/** Pipe rows with the delimiter row ("|---|---|") under the first: how Markdown writes a table. */
function isMarkdownTable(lines: readonly Line[]): boolean {
  return lines.length >= 2 && lines.every((l) => isPipeRow(l.raw)) && isDelimiterRow(lines[1]?.raw ?? "");
}

function nextNonFootnote(blocks: readonly Block[], index: number): Block | undefined {
  return blocks.slice(index + 1).find((b) => b.shape !== "footnote");
}

function startsLowerCase(block: Block | undefined): boolean {
  return block !== undefined && block.shape === "prose" && /^\s*\p{Ll}/u.test(block.lines[0]?.raw ?? "");
}

// ---------------------------------------------------------------- 3. sections

/**
 * A document's title page (publisher, title, subtitle, author, date) is a run of short
 * lines before the first real paragraph. Its facts belong in the document's metadata, and
 * as headings they would wrap the whole document. Only the run's last heading is kept, as
 * the heading of what follows ("ABOUT REFORM" above the first paragraph); the other lines
 * of the run, and dates anywhere in it, are dropped. Besides headings and dates, the run
 * holds other lines of a few words that end no sentence: a byline over two lines ("By
 * Oliver Grant," / "Sarah Kendrick"), a title wrapped over two ("Sewage discharges and storm"
 * / "overflows in England").
 */
function dropTitlePage(blocks: readonly Block[]): Block[] {
  let end = 0;
  while (end < blocks.length && isTitlePageLine(blocks[end])) end += 1;
  let lastHeading = -1;
  for (let i = 0; i < end; i += 1) if (blocks[i]?.shape === "heading") lastHeading = i;
  return blocks.filter((_, i) => i >= end || i === lastHeading);
}

function isTitlePageLine(block: Block | undefined): boolean {
  if (block === undefined) return false;
  if (block.shape === "heading") return true;
  const line = block.lines.length === 1 ? collapseWhitespace(block.lines[0]?.raw ?? "").trim() : null;
  if (line === null || (block.shape !== "prose" && block.shape !== "caption")) return false;
  return isDateLine(line) || (line.split(" ").length <= MAX_TITLE_PAGE_WORDS && !/[.!?:;"”]$/.test(line));
}

/** A title-page line that is no heading (a byline, half a title) holds at most this many words. */
const MAX_TITLE_PAGE_WORDS = 6;

/**
 * Section paths from headings. Numbered headings nest by the depth of their number; a
 * plain heading sits under the current numbered heading and replaces the previous plain
 * one (texts without markup give no depth for plain headings, and one level is the safe
 * reading). A bibliography heading starts the back matter: it leaves the numbered
 * sections, and everything under it up to the next heading is kind "bibliography".
 */
function assignSections(blocks: readonly Block[]): Item[] {
  let numbered: { depth: number; label: string }[] = [];
  let plain: string | null = null;
  let inBibliography = false;
  let section = 0;
  const items: Item[] = [];
  for (const block of blocks) {
    const heading = block.heading;
    if (block.shape === "heading" && heading !== null) {
      section += 1;
      if (heading.kind === "numbered") {
        numbered = [...numbered.filter((h) => h.depth < heading.depth), { depth: heading.depth, label: heading.label }];
        plain = null;
      } else {
        if (heading.kind === "bibliography") numbered = [];
        plain = heading.label;
      }
      inBibliography = heading.kind === "bibliography";
      continue;
    }
    if (block.shape === "heading") continue;
    const sectionPath = [...numbered.map((h) => h.label), ...(plain === null ? [] : [plain])];
    const kind: PassageKind =
      block.shape === "footnote" ? "footnote" : block.shape === "table" ? "table" : inBibliography ? "bibliography" : "body";
    items.push({ shape: block.shape, kind, sectionPath, section, parts: [block.lines] });
  }
  return items;
}

// ---------------------------------------------------------------- 4. layout repairs

/**
 * Joins a paragraph that a page break cut in two. Converted PDFs put the page's footnotes
 * (and sometimes a boxed recommendation or a figure) between the halves. The halves are
 * joined when no heading lies between them and either
 * - the first half ends without terminal punctuation and the second starts in lower case
 *   (a sentence does not start in lower case), with at most MAX_FLOATS boxes or figures
 *   and any number of footnotes between; or
 * - the first half ends on a word a sentence cannot end on ("the", "and", "In", or a
 *   comma), no lower-case continuation is in reach, and the second half follows right
 *   after the footnotes, whatever its case ("…largely provided by the" / "NHS while…").
 * Skipped footnotes and boxes stay where they are, as passages of their own.
 */
function joinPageBreaks(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  const absorbed = new Set<number>();
  items.forEach((item, i) => {
    if (absorbed.has(i)) return;
    if (item.shape !== "prose") {
      out.push(item);
      return;
    }
    let joined = item;
    let next = findContinuation(items, i);
    while (next !== null && !absorbed.has(next)) {
      const part = items[next];
      if (part === undefined) break;
      absorbed.add(next);
      joined = { ...joined, parts: [...joined.parts, ...part.parts] };
      next = findContinuation(items, next, joined);
    }
    out.push(joined);
  });
  return out;
}

const MAX_FLOATS = 2;

function findContinuation(items: readonly Item[], index: number, current?: Item): number | null {
  const item = current ?? items[index];
  if (item === undefined) return null;
  const tail = lastLine(item).replace(/["'”’)\]*]+$/, "").replace(new RegExp(`[${SUPERSCRIPT_DIGITS}]+$`), "").trimEnd();
  if (/[.!?:;…]$/.test(tail)) return null;
  const cutMidSentence = endsMidSentence(tail);
  let floats = 0;
  let nextProse: number | null = null;
  for (let j = index + 1; j < items.length; j += 1) {
    const next = items[j];
    if (next === undefined || next.section !== item.section) break;
    if (next.shape === "footnote") continue;
    const first = next.parts[0]?.[0]?.raw ?? "";
    if (next.shape === "prose" && /^\s*\p{Ll}/u.test(first)) return j;
    if (next.shape === "prose" && floats === 0) nextProse = j;
    floats += 1;
    if (floats > MAX_FLOATS) break;
  }
  return cutMidSentence ? nextProse : null;
}

function lastLine(item: Item): string {
  const part = item.parts.at(-1) ?? [];
  return part.at(-1)?.raw ?? "";
}

/**
 * Paragraphs for the chunker, in document order. A table takes the caption line above it
 * as its lead (repeated in each passage) and a "Source:" line below it as its last row; a
 * paragraph ending in ":" right before a list is its introduction and goes with it.
 */
function toParagraphs(source: string, items: readonly Item[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const used = new Set<number>();
  items.forEach((item, i) => {
    if (used.has(i)) return;
    const next = items[i + 1];
    const after = items[i + 2];
    const adjacent = (other: Item | undefined): other is Item => other !== undefined && other.section === item.section;
    if (item.shape === "caption" && adjacent(next) && next.shape === "table") {
      used.add(i + 1);
      const note = adjacent(after) && isSourceNote(after) ? after : undefined;
      if (note !== undefined) used.add(i + 2);
      paragraphs.push(tableParagraph(source, next, item, note));
    } else if (item.shape === "table") {
      const note = adjacent(next) && isSourceNote(next) ? next : undefined;
      if (note !== undefined) used.add(i + 1);
      paragraphs.push(tableParagraph(source, item, undefined, note));
    } else if (item.shape === "prose" && adjacent(next) && next.shape === "list" && lastLine(item).trimEnd().endsWith(":")) {
      used.add(i + 1);
      const intro = proseUnits(source, item);
      const list = listUnits(next).map((u, k, all) => ({ ...u, keepWithNext: k < all.length - 1 }));
      paragraphs.push({ kind: item.kind, sectionPath: item.sectionPath, units: [...glueLast(intro), ...list] });
    } else {
      const units = item.shape === "list" || item.shape === "footnote" ? listUnits(item) : proseUnits(source, item);
      paragraphs.push({ kind: item.kind, sectionPath: item.sectionPath, units });
    }
  });
  return paragraphs.filter((p) => p.units.length > 0);
}

function isSourceNote(item: Item): boolean {
  return item.shape === "prose" && item.parts.length === 1 && isSourceLine(item.parts[0]?.[0]?.raw ?? "");
}

/** Sentences of each part; a joined part continues the sentence before it on the same line. */
function proseUnits(source: string, item: Item): ChunkUnit[] {
  return item.parts.flatMap((part, p) => {
    const first = part[0];
    const last = part.at(-1);
    if (first === undefined || last === undefined) return [];
    const units = sentenceUnits(source.slice(first.start, last.end), first.start, cleanInlineText);
    const tied = p < item.parts.length - 1 ? glueLast(units) : units;
    return tied.map((u, k) => (p > 0 && k === 0 ? { ...u, newLine: false } : u));
  });
}

/** One unit per line: list items (a line not starting with a marker continues the item), footnotes. */
function listUnits(item: Item): ChunkUnit[] {
  const units: ChunkUnit[] = [];
  for (const line of item.parts.flat()) {
    const text = cleanInlineText(line.raw);
    if (text.length === 0) continue;
    const previous = units.at(-1);
    if (item.shape === "list" && previous !== undefined && !LIST_ITEM_LINE.test(line.raw)) {
      units[units.length - 1] = { ...previous, text: `${previous.text} ${text}`, end: line.end };
    } else {
      units.push({ text, start: line.start, end: line.end, newLine: true, keepWithNext: false });
    }
  }
  return units;
}

function tableParagraph(source: string, table: Item, caption: Item | undefined, note: Item | undefined): Paragraph {
  const all = table.parts.flat();
  const rows = all.filter((r) => !isDelimiterRow(r.raw));
  const markdown = rows.length < all.length;
  const { headerRows, lines } = formatTable(rows.map((r) => tableCells(r.raw)), markdown);
  const units: ChunkUnit[] = lines.flatMap((text, i) => {
    const row = rows[i + headerRows];
    if (row === undefined || text.length === 0) return [];
    return [{ text, start: row.start, end: row.end, newLine: true, keepWithNext: false }];
  });
  const noteUnits = note === undefined ? [] : proseUnits(source, note).map((u, k) => ({ ...u, newLine: k === 0 }));
  const captionLine = caption?.parts[0]?.[0];
  const captionText = captionLine === undefined ? "" : cleanInlineText(captionLine.raw);
  const leadText = captionText.length <= MAX_LEAD_CHARS ? captionText : "";
  const captionUnits =
    captionLine !== undefined && leadText.length === 0 && captionText.length > 0
      ? [{ text: captionText, start: captionLine.start, end: captionLine.end, newLine: true, keepWithNext: true }]
      : [];
  return {
    kind: "table",
    sectionPath: table.sectionPath,
    units: [...captionUnits, ...units, ...noteUnits],
    lead: { text: leadText, start: captionLine?.start ?? rows[0]?.start ?? 0 },
  };
}

/** A caption longer than this goes in as an ordinary line instead of being repeated. */
const MAX_LEAD_CHARS = 200;

function glueLast(units: readonly ChunkUnit[]): ChunkUnit[] {
  return units.map((u, i) => (i === units.length - 1 ? { ...u, keepWithNext: true } : u));
}

/**
 * Keeps the first of repeated paragraphs. Page-break artefacts and boxed call-outs print
 * the same paragraph twice (a recommendation in the summary and again in its chapter);
 * twice in the index, it would fill two of the few answer slots with one text. Only
 * paragraphs of at least MIN_REPEAT_CHARS count, since short lines ("Ibid.") legitimately
 * recur; comparison ignores case, whitespace and footnote markers.
 */
function dropRepeats(paragraphs: readonly Paragraph[]): Paragraph[] {
  const seen = new Set<string>();
  return paragraphs.filter((p) => {
    const text = p.units.map((u) => u.text).join(" ");
    if (text.length < MIN_REPEAT_CHARS) return true;
    const key = `${p.kind}\u0000${collapseWhitespace(text.replace(FOOTNOTE_MARKERS, "")).toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const MIN_REPEAT_CHARS = 60;
const FOOTNOTE_MARKERS = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, "g");
