import { cleanInlineText, collapseWhitespace, MARKDOWN_FOOTNOTE, SUPERSCRIPT_DIGITS } from "./clean-inline-text.js";

/**
 * A line that reads as a heading. `numbered` headings ("2.1.1 The role of the centre")
 * nest by the depth of their number; `plain` ones ("The departments") nest under the
 * current numbered heading, and `bibliography` ones ("References") start the back matter.
 */
export type Heading =
  | { kind: "numbered"; depth: number; label: string }
  | { kind: "plain"; label: string }
  | { kind: "bibliography"; label: string };

export { parseHeading, confirmedChapters, underlinedHeading, isRuleLine, isCaptionLine, isDateLine, isSourceLine, endsMidSentence };

/**
 * The heading a one-line paragraph stands for, or null when it reads as text.
 *
 * Shape rules, since scraped and converted text carries no markup:
 * - short: at most MAX_HEADING_WORDS words and MAX_HEADING_CHARS characters;
 * - starts with a capital (after an optional section number or opening quote);
 * - does not end like a sentence or clause (`.` `,` `;` `:`), though a question may be a
 *   heading ("Health 'devolution': in name only?");
 * - has no comma or semicolon: "Professor Kate Arden (Chair), Former Director…" is a
 *   list of people and "BMJ 2018; 360 doi: …" a citation, not headings, and headings
 *   with commas are rare enough to lose;
 * - is not a caption, a source note, a date, a list item or a page's metadata field ("From:
 *   Ofwat"), which have their own roles.
 * - does not end on a word no sentence ends on ("…largely provided by the"): that is the
 *   first half of a paragraph cut by a page break;
 * - is not indented: indented lines in these texts are list items ("  1. London, UK").
 * A section number must have a dot ("4." or "2.1") so that "02 Jul 2019" is not section 2,
 * unless it is one of `chapters`: numbers the document's own subsections confirm ("1
 * Background" above "1.1 What are storm overflows?", as converted briefings print chapters).
 *
 * @example parseHeading("2.1.3 The local level") // { kind: "numbered", depth: 3, label: "2.1.3 The local level" }
 */
function parseHeading(line: string, chapters: ReadonlySet<string> = NO_CHAPTERS): Heading | null {
  const markdown = MARKDOWN_HEADING.exec(line);
  if (markdown !== null) {
    const [, hashes = "", title = ""] = markdown;
    return markdownHeading(title, hashes.length);
  }
  if (/^\s/.test(line)) return null;
  // Shape is read without markup: a line set in bold ("**Key findings**") is a heading too.
  const text = cleanInlineText(line);
  const numbered = SECTION_NUMBER.exec(text);
  if (numbered !== null) {
    const [, number = "", dot = "", title = ""] = numbered;
    if (dot === "" && !number.includes(".") && !chapters.has(number)) return null;
    if (!hasHeadingShape(title) || !STARTS_LIKE_TITLE.test(title)) return null;
    return { kind: "numbered", depth: number.split(".").length, label: cleanInlineText(text) };
  }
  if (!hasHeadingShape(text) || !STARTS_LIKE_TITLE.test(text)) return null;
  if (BIBLIOGRAPHY_TITLE.test(text)) return { kind: "bibliography", label: cleanInlineText(text) };
  return { kind: "plain", label: cleanInlineText(text) };
}

const NO_CHAPTERS: ReadonlySet<string> = new Set();

/**
 * Chapter numbers that a document's subsection headings confirm: "1" when a line reads as
 * heading "1.1 What are storm overflows?". A line "1 Background" is then chapter 1, though
 * its number has no dot.
 *
 * @example confirmedChapters(["1 Background", "1.1 What are storm overflows?"]) // Set { "1" }
 */
function confirmedChapters(lines: readonly string[]): Set<string> {
  const chapters = new Set<string>();
  for (const line of lines) {
    const chapter = SUBSECTION_OF.exec(line)?.[1];
    if (chapter !== undefined && parseHeading(line)?.kind === "numbered") chapters.add(chapter);
  }
  return chapters;
}

const SUBSECTION_OF = /^(\d{1,2})\.\d{1,2}\.?\s/;

/**
 * The heading a line underlined in Markdown's other style stands for: "Title" over "=====" is
 * a heading of depth 1, over "-----" of depth 2. Like a "#" heading, its author said so, so
 * it is one whatever its shape. Null when `underline` is not such a line.
 *
 * @example underlinedHeading("Funding, 2023", "-------") // { kind: "numbered", depth: 2, label: "Funding, 2023" }
 */
function underlinedHeading(line: string, underline: string): Heading | null {
  const match = UNDERLINE.exec(underline);
  return match === null ? null : markdownHeading(line, match[1] === "=" ? 1 : 2);
}

/** A heading given by Markdown markup, at `depth`; null when its text is empty. */
function markdownHeading(title: string, depth: number): Heading | null {
  const label = cleanInlineText(title);
  if (label === "") return null;
  return BIBLIOGRAPHY_TITLE.test(label) ? { kind: "bibliography", label } : { kind: "numbered", depth, label };
}

/**
 * A line that only draws a rule: "---", "***", "___" (a Markdown section break), "=====" or a
 * heading's underline. It holds no words.
 */
function isRuleLine(line: string): boolean {
  return RULE.test(line);
}

/** "Figure 3: Selected central bodies", "Table 2. Funding by region". */
function isCaptionLine(line: string): boolean {
  return CAPTION.test(line.trim());
}

/** "Source: Department of Health…", the note under a table or figure. */
function isSourceLine(line: string): boolean {
  // Read without markup: Markdown sets the note under a table in italics ("*Source: …*").
  return SOURCE_NOTE.test(cleanInlineText(line).trim());
}

/** A line that is only a date ("March 2024", "02 Jul 2019", "2019-07-02"). */
function isDateLine(line: string): boolean {
  const text = collapseWhitespace(line).trim();
  return DATE_ONLY.test(text) || ISO_DATE.test(text);
}

// A Markdown ATX heading ("## Funding") is a heading whatever its shape: its author said
// so. The number of hashes is its depth, so Markdown nests like numbered sections.
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const UNDERLINE = /^ {0,3}(=|-)\1{2,}[ \t]*$/;
const RULE = /^ {0,3}([-=*_])(?:[ \t]*\1){2,}[ \t]*$/;

const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 100;

function hasHeadingShape(text: string): boolean {
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return false;
  if (text.split(" ").length > MAX_HEADING_WORDS) return false;
  const ending = text.replace(TRAILING_MARKERS, "");
  if (/[.,;:]$/.test(ending) || /[,;\t]/.test(text)) return false;
  if (/[.!?]\s+\S/.test(text) || endsMidSentence(text)) return false;
  return !(isCaptionLine(text) || isSourceLine(text) || isDateLine(text) || LIST_ITEM.test(text) || METADATA_FIELD.test(text));
}

/** "From: Department for Transport", "Part of: Water policy": a page's metadata, not a heading. */
const METADATA_FIELD = /^(?:from|published|updated|last updated|posted|part of|authors?|by|date|organisations?|departments?)\s*:/i;

/**
 * True when `text` stops where no sentence can: on a comma or on a word such as "the",
 * "and" or "In". Paragraphs cut by a page break end like this.
 */
function endsMidSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.endsWith(",")) return true;
  const last = trimmed.split(/\s+/).at(-1) ?? "";
  return FUNCTION_WORDS.has(last.toLowerCase());
}

/**
 * Words that cannot end an English sentence or heading: articles, prepositions,
 * conjunctions, determiners. Verbs are left out on purpose ("Where we are", "as it should").
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the of in on at to for by with from into onto upon between within through and or but nor
  than that whose whilst while because although their its his her our your this these those`.split(/\s+/),
);

const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,5})(\.?)\s+(\S.*)$/;
const STARTS_LIKE_TITLE = /^["'“‘(]?\p{Lu}/u;
const TRAILING_MARKERS = new RegExp(`(?:[${SUPERSCRIPT_DIGITS}]|${MARKDOWN_FOOTNOTE})+$`);
const BIBLIOGRAPHY_TITLE = /^(bibliography|references|sources|works cited|endnotes|notes|reference list)$/i;
const CAPTION = /^(figure|fig\.|table|chart|box|exhibit|graph|map)\s+\d+[a-z]?\s*[:.–-]/i;
const SOURCE_NOTE = /^(source|sources|note|notes)\s*:/i;
const LIST_ITEM = /^([•·‣▪*–-]|\d{1,2}\)|\(?[a-z]\))\s/;
const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
const DATE_ONLY = new RegExp(
  `^((published|updated|posted)\\s*:?\\s*)?(\\d{1,2}(st|nd|rd|th)?\\s+)?${MONTH},?\\s+(\\d{1,2}(st|nd|rd|th)?,?\\s+)?\\d{4}$`,
  "i",
);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
