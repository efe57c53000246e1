import type { Paragraph } from "./chunk-paragraphs.js";

export { carryQuotedSpeaker };

/**
 * A quotation that runs over several paragraphs names its speaker only in the first:
 *
 *   Norman Lamb, Liberal Democrat spokesperson for health, said: “This report is welcome…
 *   I am clear that… waiting time standards cannot be compromised.”
 *
 * Cut into passages, the second paragraph would say nothing of who is speaking, so it could
 * neither be found by the speaker's name nor cited as theirs. Each paragraph that continues
 * an open quotation takes the attribution ("Norman Lamb, …, said:") as its lead, repeated
 * at its top. Curly and straight quotation marks are read alike. A paragraph continues the
 * quotation when it opens with a quotation mark (the
 * convention for a quotation running over paragraphs) or closes one it never opened; the
 * quotation ends with the paragraph that closes it. Only an attribution that ends in a verb
 * of saying just before the quotation mark is carried ("…says the past two years have seen
 * “a lot of…" quotes a phrase inside the writer's own sentence). Pure.
 */
function carryQuotedSpeaker(paragraphs: readonly Paragraph[]): Paragraph[] {
  let speaker: { text: string; start: number; sectionPath: string } | null = null;
  return paragraphs.map((paragraph) => {
    if (paragraph.kind === "footnote") return paragraph;
    const text = paragraph.units.map((unit) => unit.text).join(" ");
    const section = paragraph.sectionPath.join("\u0000");
    const marks = quotationBalance(text);
    if (speaker !== null && paragraph.kind === "body" && paragraph.lead === undefined && section === speaker.sectionPath && (marks.opensAtStart || marks.closesOpen)) {
      const carried: Paragraph = { ...paragraph, lead: { text: speaker.text, start: speaker.start } };
      const stillOpen = marks.opensAtStart ? marks.leftOpen : !marks.closesOpen;
      if (!stillOpen) speaker = null;
      return carried;
    }
    speaker = paragraph.kind === "body" && marks.leftOpen ? attribution(paragraph, section) : null;
    return paragraph;
  });
}

/** An attribution longer than this is a sentence of its own, not a speaker's name and role. */
const MAX_SPEAKER_CHARS = 200;

/** Ends in a verb of saying, as an attribution before a quotation does: "…Andy Burnham says:". */
const SAYING =
  /\b(?:said|says|say|added|adds|told\s+[\p{L}\s]{1,40}|wrote|writes|commented|comments|explained|explains|argued|argues|stated|states|warned|warns|noted|notes|concluded|concludes)\s*[:,]?\s*$/iu;

/**
 * Quotation marks in order, each as opening or closing. A straight quote (") opens after a
 * space, a bracket or the start and before a character that is not a space; otherwise it closes.
 */
function quotationMarks(text: string): { index: number; opens: boolean }[] {
  const marks: { index: number; opens: boolean }[] = [];
  for (const match of text.matchAll(/[“”"]/g)) {
    const index = match.index ?? 0;
    const opens = match[0] === "“" || (match[0] === '"' && /^$|[\s(\[{:—–-]$/.test(text.charAt(index - 1)) && /\S/.test(text.charAt(index + 1)));
    marks.push({ index, opens });
  }
  return marks;
}

interface QuotationBalance {
  /** The paragraph opens with a quotation mark, as each paragraph of a long quotation does. */
  opensAtStart: boolean;
  /** A quotation is opened and not closed by the end. */
  leftOpen: boolean;
  /** A quotation mark closes one opened before the paragraph. */
  closesOpen: boolean;
}

function quotationBalance(text: string): QuotationBalance {
  const marks = quotationMarks(text);
  let depth = 0;
  let closesOpen = false;
  for (const mark of marks) {
    if (mark.opens) depth += 1;
    else if (depth === 0) closesOpen = true;
    else depth -= 1;
  }
  const [first] = marks;
  return { opensAtStart: first !== undefined && first.index === 0 && first.opens, leftOpen: depth > 0, closesOpen };
}

/** The words before the quotation left open, when they name a speaker. */
function attribution(paragraph: Paragraph, sectionPath: string): { text: string; start: number; sectionPath: string } | null {
  for (let i = paragraph.units.length - 1; i >= 0; i -= 1) {
    const unit = paragraph.units[i];
    if (unit === undefined) continue;
    const opening = quotationMarks(unit.text).filter((mark) => mark.opens).at(-1);
    if (opening === undefined) continue;
    const before = unit.text.slice(0, opening.index).trim();
    if (!SAYING.test(before) || before.length > MAX_SPEAKER_CHARS) return null;
    return { text: before, start: unit.start, sectionPath };
  }
  return null;
}
