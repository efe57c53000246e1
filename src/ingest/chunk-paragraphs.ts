import { MAX_PASSAGE_CHARS, type PassageKind } from "../index-format/index.js";
import { splitAtWords, splitSentences } from "./chunk-sentences.js";

/** The smallest piece a passage is built from: a sentence, a list item or a table row. */
export interface ChunkUnit {
  /** Cleaned text, one line, never empty. */
  text: string;
  /** Source offsets of the raw text this unit was cleaned from. */
  start: number;
  end: number;
  /** Starts a new line in the passage text (list items, rows, a new paragraph). */
  newLine: boolean;
  /** Keep in the same passage as the next unit when they fit together. */
  keepWithNext: boolean;
}

/**
 * One paragraph of a document (or a whole list or table), before chunking. `lead` is
 * repeated at the top of every passage cut from the paragraph (a table caption, a quotation's
 * speaker); its offset pulls each passage's `start` back so the source slice covers the
 * repeated text.
 */
export interface Paragraph {
  kind: PassageKind;
  sectionPath: string[];
  units: ChunkUnit[];
  lead?: { text: string; start: number };
}

/** A passage before it gets its id. */
export interface Chunk {
  kind: PassageKind;
  sectionPath: string[];
  text: string;
  start: number;
  end: number;
}

export { chunkParagraphs, sentenceUnits, SHORT_PARAGRAPH_CHARS };

/**
 * Paragraphs under this length are merged with the next paragraph of the same kind and
 * section (or, at the end of a section, with the previous one), so a heading-less caption
 * or a one-line paragraph does not become a lonely fragment that search ranks on its own.
 */
const SHORT_PARAGRAPH_CHARS = 100;

/**
 * Turns paragraphs into passages of about one paragraph each, never longer than
 * `maxChars`. Long paragraphs are cut between units, each passage about the same length,
 * so a sentence is only ever split when it alone exceeds the limit (then at a word).
 */
function chunkParagraphs(paragraphs: readonly Paragraph[], maxChars = MAX_PASSAGE_CHARS): Chunk[] {
  return mergeShortParagraphs(paragraphs).flatMap((p) => packParagraph(p, maxChars));
}

/**
 * Units for one run of prose: its sentences, the first on a new line.
 * `raw` is the source text from offset `offset`; `clean` turns raw text into unit text.
 */
function sentenceUnits(raw: string, offset: number, clean: (raw: string) => string): ChunkUnit[] {
  return splitSentences(raw).flatMap((span, i) => {
    const text = clean(raw.slice(span.start, span.end));
    if (text.length === 0) return [];
    return [{ text, start: offset + span.start, end: offset + span.end, newLine: i === 0, keepWithNext: false }];
  });
}

/**
 * Footnotes sit between the paragraphs of a page, so a short body paragraph may skip over
 * footnotes to reach the next paragraph of its kind; anything else in between (a table, a
 * heading's new section) stops it, and then it joins the paragraph before it instead.
 * Footnotes themselves only merge with the footnotes right beside them.
 */
function mergeShortParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  /** A paragraph being built, with the indexes in `paragraphs` of its first and last pieces. */
  interface Placed {
    paragraph: Paragraph;
    first: number;
    last: number;
  }
  const canJoin = (a: Placed, b: Placed): boolean =>
    a.paragraph.kind === b.paragraph.kind &&
    a.paragraph.lead === undefined &&
    b.paragraph.lead === undefined &&
    samePath(a.paragraph, b.paragraph) &&
    paragraphs.slice(a.last + 1, b.first).every((p) => p.kind === "footnote" && b.paragraph.kind !== "footnote");
  const join = (a: Placed, b: Placed): Placed => ({
    paragraph: { ...a.paragraph, units: [...glueLast(a.paragraph.units), ...b.paragraph.units] },
    first: a.first,
    last: b.last,
  });
  const out: Placed[] = [];
  const waiting = new Map<PassageKind, Placed>();
  const flush = (kind: PassageKind): void => {
    const short = waiting.get(kind);
    if (short === undefined) return;
    waiting.delete(kind);
    let index = out.length - 1;
    while (index >= 0 && out[index]?.paragraph.kind !== kind) index -= 1;
    const previous = out[index];
    if (previous !== undefined && canJoin(previous, short)) out[index] = join(previous, short);
    else out.push(short);
  };
  paragraphs.forEach((paragraph, i) => {
    let current: Placed = { paragraph, first: i, last: i };
    const short = waiting.get(paragraph.kind);
    if (short !== undefined && canJoin(short, current)) {
      waiting.delete(paragraph.kind);
      current = join(short, current);
    } else {
      flush(paragraph.kind);
    }
    if (current.paragraph.lead === undefined && paragraphLength(current.paragraph) < SHORT_PARAGRAPH_CHARS) {
      waiting.set(paragraph.kind, current);
    } else {
      out.push(current);
    }
  });
  for (const kind of [...waiting.keys()]) flush(kind);
  return out.map((p) => p.paragraph);
}

function samePath(a: Paragraph, b: Paragraph): boolean {
  return a.sectionPath.length === b.sectionPath.length && a.sectionPath.every((h, i) => h === b.sectionPath[i]);
}

function glueLast(units: readonly ChunkUnit[]): ChunkUnit[] {
  return units.map((u, i) => (i === units.length - 1 ? { ...u, keepWithNext: true } : u));
}

function paragraphLength(p: Paragraph): number {
  return joinUnits(p.units).length;
}

function packParagraph(paragraph: Paragraph, maxChars: number): Chunk[] {
  const leadText = paragraph.lead?.text ?? "";
  const budget = maxChars - (leadText.length > 0 ? leadText.length + 1 : 0);
  if (budget < maxChars / 2) throw new Error(`chunkParagraphs: lead too long for a passage: "${leadText.slice(0, 60)}…"`);
  const groups = groupUnits(paragraph.units.flatMap((u) => fitUnit(u, budget)), budget);
  const total = joinUnits(groups.flat()).length;
  // Aim for equal parts: a 1,300-char paragraph becomes two of ~650, not 1,200 + 100.
  const target = Math.ceil(total / Math.ceil(total / budget));
  const chunks: ChunkUnit[][] = [];
  let current: ChunkUnit[] = [];
  for (const group of groups) {
    const candidate = joinUnits([...current, ...group]).length;
    if (current.length > 0 && (candidate > budget || joinUnits(current).length >= target)) {
      chunks.push(current);
      current = [];
    }
    current = [...current, ...group];
  }
  if (current.length > 0) chunks.push(current);
  return chunks.map((units) => toChunk(paragraph, units, leadText));
}

function toChunk(paragraph: Paragraph, units: readonly ChunkUnit[], leadText: string): Chunk {
  const first = units[0];
  const last = units.at(-1);
  if (first === undefined || last === undefined) throw new Error("chunkParagraphs: empty chunk");
  const body = joinUnits(units);
  return {
    kind: paragraph.kind,
    sectionPath: paragraph.sectionPath,
    text: leadText.length > 0 ? `${leadText}\n${body}` : body,
    // Joins across a page break can put a later unit before an earlier one: the range covers them all.
    start: Math.min(paragraph.lead?.start ?? first.start, ...units.map((unit) => unit.start)),
    end: Math.max(...units.map((unit) => unit.end)),
  };
}

/**
 * Runs of units tied by `keepWithNext`. A run too long for one passage keeps only its
 * first tie (a list's introducing sentence with its first item) and frees the rest.
 */
function groupUnits(units: readonly ChunkUnit[], budget: number): ChunkUnit[][] {
  const runs: ChunkUnit[][] = [];
  let run: ChunkUnit[] = [];
  for (const unit of units) {
    run.push(unit);
    if (!unit.keepWithNext) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs.flatMap((r) => {
    if (joinUnits(r).length <= budget) return [r];
    const [a, b, ...rest] = r;
    if (a === undefined || b === undefined) return [r];
    const head = joinUnits([a, b]).length <= budget ? [[a, b]] : [[a], [b]];
    return [...head, ...rest.map((u) => [u])];
  });
}

/** A unit longer than the budget, cut into sentences and, failing that, at words. */
function fitUnit(unit: ChunkUnit, budget: number): ChunkUnit[] {
  if (unit.text.length <= budget) return [unit];
  const spans = splitSentences(unit.text).flatMap((s) =>
    s.end - s.start <= budget ? [s] : splitAtWords(unit.text, s, budget),
  );
  // Text was cleaned, so offsets inside it do not map onto the source: each piece keeps
  // the whole unit's range, which still covers it.
  return spans.map((s, i) => ({
    ...unit,
    text: unit.text.slice(s.start, s.end),
    newLine: i === 0 ? unit.newLine : false,
    keepWithNext: i === spans.length - 1 ? unit.keepWithNext : false,
  }));
}

function joinUnits(units: readonly ChunkUnit[]): string {
  return units.map((u, i) => (i === 0 ? u.text : `${u.newLine ? "\n" : " "}${u.text}`)).join("");
}
