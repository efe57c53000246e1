import { collapseWhitespace } from "./clean-inline-text.js";

export { isBoilerplateLine, isMenuLine, findPageFooterStart, findRunningPageLines };

/**
 * True when one line of a scraped page is site furniture rather than document text.
 *
 * Rules go by shape first, with a short list of phrases that sites use for the same few
 * jobs. Phrase rules only apply to short lines (at most MAX_FURNITURE_WORDS words, no
 * sentence inside), so a real sentence that happens to mention "subscription" or
 * "Twitter" survives, and so do short headings such as "Key points" or "NHS England".
 *
 * @example isBoilerplateLine("Skip to main content") // true
 * @example isBoilerplateLine("The regional level") // false
 */
function isBoilerplateLine(line: string): boolean {
  const text = collapseWhitespace(line).trim();
  if (text.length === 0) return false;
  if (BROWSER_WARNING.test(text) || TEASER.test(text)) return true;
  // Only short lines need their exact word count; long prose lines are most of a document.
  const words = text.split(" ", MAX_FURNITURE_WORDS + 1).length;
  if (isContactOnly(text) || isImageName(text, words)) return true;
  if (!isShortLine(text, words)) return false;
  const bare = text.replace(LEADING_BULLET, "");
  return FURNITURE.some((rule) => rule.test(bare));
}

/**
 * Index of the first line of a web page's footer, or null. Pages end with a navigation
 * heading ("Further reading", "You might also like…") followed by teasers, social links
 * and job adverts, none of it the document. The cut is made only when what follows the
 * marker is short next to the document (under a quarter of its characters), so a long
 * report with a "Further reading" box in the middle is not truncated.
 */
function findPageFooterStart(lines: readonly string[]): number | null {
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  let after = 0;
  let found: number | null = null;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = (lines[i] ?? "").trim();
    if (FOOTER_MARKER.test(line)) found = i;
    after += line.length + 1;
    if (after * 4 > total) break;
  }
  return found;
}

/**
 * Indexes of a converted PDF's running header or footer: a line printed on every page with
 * the page number ("Commons Library Research Briefing, 10 March 2025    3"), that is, a text of
 * two words or more that stands at least MIN_RUNNING_PAGES times with a number before or after
 * it, the number differing. A line repeated word for word is left to the paragraph repeats.
 *
 * @example findRunningPageLines(["Briefing, May 2025  3", "Text.", "Briefing, May 2025  4", "Briefing, May 2025  5"]) // Set {0, 2, 3}
 */
function findRunningPageLines(lines: readonly string[]): Set<number> {
  const byText = new Map<string, { at: number[]; pages: Set<string> }>();
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    // Most lines neither start nor end with a digit; the full pattern backtracks over long ones.
    if (!EDGE_DIGIT.test(trimmed)) return;
    const match = PAGE_NUMBERED.exec(collapseWhitespace(trimmed));
    const text = match?.[2] ?? match?.[3];
    const page = match?.[1] ?? match?.[4];
    if (text === undefined || page === undefined || text.split(" ").length < 2 || !/\p{L}/u.test(text)) return;
    const entry = byText.get(text) ?? { at: [], pages: new Set<string>() };
    entry.at.push(i);
    entry.pages.add(page);
    byText.set(text, entry);
  });
  const found = new Set<number>();
  for (const { at, pages } of byText.values()) if (at.length >= MIN_RUNNING_PAGES && pages.size > 1) for (const i of at) found.add(i);
  return found;
}

const MIN_RUNNING_PAGES = 3;
// A page number before the text ("3 Commons Library…") or after it ("…March 2025 3").
const PAGE_NUMBERED = /^(\d{1,4})\s+(\S.*)$|^(.*\S)\s+(\d{1,4})$/;
const EDGE_DIGIT = /^\d|\d$/;

/**
 * A link to another page, whatever the length of its headline: "Read more: How clean is your
 * local river?", "Related: Swimmers fall ill…"; and the page's survey and copyright lines.
 */
const TEASER = /^(?:(?:read more|related|see also|more on this story|also read|most read)\s*:|is this page useful\b|(?:©|\(c\)|copyright\b).{0,80}\ball rights reserved\b)/i;

/**
 * Whether line `i` is a site's menu: "Home | News | Politics | Sport | Sign in", items of at
 * most three words between pipes, no sentence, and no other line with pipes next to it (rows
 * of a table written without its outer pipes come several together).
 *
 * @example isMenuLine(["Home | News | Sport | Sign in", "", "Bills to rise"], 0) // true
 */
function isMenuLine(lines: readonly string[], i: number): boolean {
  const text = collapseWhitespace(lines[i] ?? "").trim();
  if (text.startsWith("|")) return false;
  const items = text.split(/\s\|\s/);
  if (items.length < MIN_MENU_ITEMS || !items.every((item) => item.split(" ").length <= 3 && !/[.!?,;:]/.test(item))) return false;
  const neighbour = (step: number): string => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if ((lines[j] ?? "").trim() !== "") return lines[j] ?? "";
    return "";
  };
  return !neighbour(-1).includes("|") && !neighbour(1).includes("|");
}

const MIN_MENU_ITEMS = 4;

/** Lines longer than this are not furniture, however they start. */
const MAX_FURNITURE_WORDS = 8;

/** `words`: the number of words of `text`, counted up to MAX_FURNITURE_WORDS + 1. */
function isShortLine(text: string, words: number): boolean {
  return words <= MAX_FURNITURE_WORDS && !/[.!?]\s+\S/.test(text);
}

const LEADING_BULLET = /^(?:[*•·‣▪–-]|\d{1,2}[.)])\s+/;

// Sites that sniff the browser put this banner above everything, whatever its length.
const BROWSER_WARNING =
  /\b(your browser is (too old|out of date|outdated|not supported)|(upgrade|update) your browser|enable javascript)\b/i;

/**
 * Phrases of site furniture, each anchored at the start of the line, grouped by job:
 * accessibility skip links, account links, sharing and social, navigation and teasers,
 * download buttons and paywall links, newsletter prompts, audience gates.
 */
const FURNITURE: readonly RegExp[] = [
  /^skip to (main )?(content|navigation|search)\b/i,
  /^(log ?in|log ?out|sign ?in|sign ?out|sign up|register|my account|create an account)\b/i,
  /^(follow us|get social|connect with us|share (this|on|via)\b|like us on)/i,
  /^(twitter|facebook|linkedin|instagram|youtube|email|print|share)$/i,
  /^(further reading|related (articles|content|reading|posts)|you might also like|read more|back to top)\b/i,
  /^(find out more|learn more|view current vacancies|work with us|contact us)$/i,
  /^download( the)? (pdf|report|full report|this report|publication|document)\b/i,
  /^view (full text|pdf|article|abstract)\b/i,
  /\b(newsletter|subscribe|subscription)\b/i,
  /^intended for (health ?care )?professionals\b/i,
];

const FOOTER_MARKER = /^(further reading|related (articles|content|reading|posts)|you might also like)\b/i;

/**
 * A line holding nothing but contact details or a publication identifier (an address, a
 * link, a social handle, an ISBN): back-cover and page-footer material with no sentence.
 */
function isContactOnly(text: string): boolean {
  const isContact = (token: string) => CONTACT_TOKEN.some((re) => re.test(token));
  if (ISBN_ONLY.test(text)) return true;
  return isContact(text.split(" ", 1)[0] ?? "") && text.split(" ").every(isContact);
}

const CONTACT_TOKEN: readonly RegExp[] = [
  /^\[?@\w+\]?(\(\S+\))?$/, // @handle, or the markdown link [@handle](url)
  /^\[[^\]]*\]\(https?:\/\/\S+\)$/, // [text](url) with no words around it
  /^<?https?:\/\/\S+>?$/,
  /^www\.\S+$/i,
  /^(?:[a-z0-9-]+\.)+(?:uk|com|org|net|gov|edu|info|eu|int)(?:\/\S*)?$/i, // a bare domain: "commonslibrary.parliament.uk"
  /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/,
];

const ISBN_ONLY = /^(ISBN|ISSN)(-1[03])?:?\s*[\d-]{8,}[\dX]?$/i;

/**
 * Layer and file names that leak from page images: design tools name layers "Artboard 101"
 * and their duplicates "Artboard 101 copy 2"; a bare file name ends in an image extension. A real line with
 * a sentence in it is never this shape.
 */
function isImageName(text: string, words: number): boolean {
  if (words > 6 || /[.!?,;:]\s/.test(text)) return false;
  return IMAGE_NAME.some((re) => re.test(text));
}

const IMAGE_NAME: readonly RegExp[] = [
  /artboard\s*\d+/i,
  /\d\s+copy(\s+\d+)?$/i,
  /\.(png|jpe?g|gif|svg|webp)$/i,
  /^(img|dsc|image|screenshot)[_ -]?\d+/i,
];
