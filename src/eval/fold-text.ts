/**
 * Folds text for matching, as the evaluation README defines it: case-insensitive,
 * curly quotes as straight ones, en and em dashes (and the minus sign) as hyphens,
 * runs of whitespace (including no-break spaces) as one space.
 *
 * @example foldText("The big devolution deal—or no deal?") === "the big devolution deal-or no deal?"
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether `needle` occurs in `haystack` once both are folded. */
export function containsFolded(haystack: string, needle: string): boolean {
  const folded = foldText(needle);
  return folded !== "" && foldText(haystack).includes(folded);
}

const DIGIT = /\d/;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Whether the figure `value` occurs in `text` as a figure of its own: "42" is not found in
 * "142", "4.2" or "42.5", and "three" is not found in "threefold". Where the value ends in a
 * digit a unit may follow ("6" is found in "£6bn"), since the text writes units that way.
 */
export function containsFigure(text: string, value: string): boolean {
  const haystack = foldText(text);
  const needle = foldText(value);
  if (needle === "") return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (standsAlone(haystack, at, at + needle.length, needle)) return true;
  }
  return false;
}

function standsAlone(text: string, start: number, end: number, needle: string): boolean {
  const first = needle[0] ?? "";
  const last = needle[needle.length - 1] ?? "";
  const before = text[start - 1] ?? "";
  const beforeThat = text[start - 2] ?? "";
  const after = text[end] ?? "";
  const afterThat = text[end + 1] ?? "";

  if (DIGIT.test(first)) {
    if (DIGIT.test(before)) return false;
    // "1.5" or "1,542" seen from "5" or "542": the figure is part of a longer number.
    if ((before === "." || before === ",") && DIGIT.test(beforeThat)) return false;
  } else if (ALNUM.test(first) && ALNUM.test(before)) {
    return false;
  }

  if (DIGIT.test(last)) {
    if (DIGIT.test(after)) return false;
    if ((after === "." || after === ",") && DIGIT.test(afterThat)) return false;
  } else if (ALNUM.test(last) && ALNUM.test(after)) {
    return false;
  }
  return true;
}
