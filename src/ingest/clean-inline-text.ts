export { cleanInlineText, collapseWhitespace, SUPERSCRIPT_DIGITS, MARKDOWN_FOOTNOTE };

/** Superscript digits, as PDF-to-text conversion writes footnote markers. */
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** A Markdown footnote marker, "[^1]" or "[^note]", as a pattern source. */
const MARKDOWN_FOOTNOTE = String.raw`\[\^[^\]\s]+\]`;

/**
 * Cleans one line or sentence of source text for a passage; the result is one line.
 *
 * - HTML remnants left by scrapers (`<ul style="…">`, `</li>`, `<i>`) and comments
 *   (`<!-- … -->`) are removed and a few entities decoded: they are markup, not words, and
 *   would be indexed as "ul", "style"….
 * - Markdown emphasis (`*Reform*`) loses its asterisks: renderers escape text, so the
 *   asterisks would otherwise show literally.
 * - Every run of whitespace (tabs, newlines, no-break spaces) becomes one space.
 * - A footnote marker glued to the following word ("⁹⁷Karsten") gets a space, so the
 *   marker and the word stay separate words for any tokenizer; markers are otherwise kept
 *   verbatim ("cost.¹ Indeed").
 * - Bullet glyphs left alone inside a line ("• a • b") are kept: they separate list items
 *   that the scrape flattened into one cell.
 * - Markdown footnote markers ("year.[^1] Yet") are removed, since they are markup, not
 *   words; a footnote's own label ("[^1]: Source…") is kept as its number ("1 Source…"),
 *   as converted texts number their footnotes.
 * - A Markdown block-quote marker opening a line ("> Better transport…") is removed; before
 *   a figure ("> 50 beds") it reads "more than" and is kept.
 *
 * @example cleanInlineText('<ul style="x"> • <i>NHS</i> plan</li>') // "• NHS plan"
 */
function cleanInlineText(raw: string): string {
  if (!MARKUP_SIGN.test(raw)) return collapseWhitespace(raw).trim();
  const cleaned = raw
    .replace(HTML_COMMENT, " ")
    .replace(QUOTE_MARKER, "$1")
    .replace(INLINE_TAG, "")
    .replace(HTML_TAG, " ")
    .replace(HTML_ENTITY, (entity) => ENTITIES[entity.toLowerCase()] ?? entity)
    .replace(FOOTNOTE_DEFINITION, "$1 ")
    .replace(FOOTNOTE_REFERENCE, "")
    .replace(MARKDOWN_LINK, "$1")
    .replace(MARKDOWN_STRONG, "$2")
    .replace(MARKDOWN_EMPHASIS, "$1")
    .replace(GLUED_MARKER, "$1 $2");
  return collapseWhitespace(cleaned).trim();
}

/**
 * Every run of whitespace as one space. Most lines already are (single spaces only), and
 * then the text is returned as it is, without building a copy.
 *
 * @example collapseWhitespace("a \t b") // "a b"
 */
function collapseWhitespace(text: string): string {
  return NOT_SINGLE_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}

// Whitespace other than a space, or two spaces: the same lines as /\s\s|[^\S ]/, found a
// third faster, which counts on every line of a 1,000× corpus.
const NOT_SINGLE_SPACE = /[^\S ]| {2}/;

// Every rule below needs one of these characters; most lines of prose have none, and
// ingest runs this on every sentence, so they skip the rules' scans.
const MARKUP_SIGN = new RegExp(`[<>&[*_${SUPERSCRIPT_DIGITS}]`);

// Inline tags sit inside words' punctuation ("<i>Plan</i>)"): removing them must not add
// a space; any other tag (list, paragraph, cell) separates words.
// An author's note to themselves ("<!-- check figure -->") is not document text.
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const INLINE_TAG = /<\/?(i|b|em|strong|span|a|sup|sub|u|small|abbr|cite)(\s[^<>]*)?>/gi;
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const HTML_ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#39);/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
  "&#39;": "'",
  "&nbsp;": " ",
};
// One pair of asterisks around text that neither starts nor ends with a space, so a lone
// "*" (a footnote star, "5 * 3") is left alone.
// Markdown links keep their text ("[the report](https://…)" → "the report"): the address is
// not words anyone searches for. An image ("![Chart of budgets](chart.png)") keeps its
// description the same way. Strong emphasis ("**key**", "__key__") keeps its text too.
const MARKDOWN_LINK = /!?\[([^\]\n]*)\]\([^()\s]+(?:\s+"[^"]*")?\)/g;
const MARKDOWN_STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
const MARKDOWN_EMPHASIS = /\*(?=\S)([^*\n]*?\S)\*/g;
const QUOTE_MARKER = /(^|\n)[ \t]*>[ \t]?(?![ \t]*[\d£€$])/g;
const FOOTNOTE_DEFINITION = /^\s*\[\^([^\]\s]+)\]:\s*/;
const FOOTNOTE_REFERENCE = new RegExp(MARKDOWN_FOOTNOTE, "g");
const GLUED_MARKER = new RegExp(`([${SUPERSCRIPT_DIGITS}]+)(\\p{L})`, "gu");
