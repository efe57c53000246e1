/**
 * Whether a passage is a roster: every line a person's name and role, as in an advisory panel
 * or acknowledgements ("Professor Jane Doe (Chair), Director of Public Health, Wigan Council").
 * A roster shares words with many questions (titles, bodies, places) but states nothing about
 * them, so ranking treats it like a footnote.
 */
export function isRoster(text: string): boolean {
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  return lines.length >= MIN_LINES && lines.every((line) => line.length <= MAX_LINE_CHARS && NAME_AND_ROLE.test(line) && !/[.:]$/.test(line));
}

const MIN_LINES = 2;
const MAX_LINE_CHARS = 200;
const HONORIFIC = String.raw`(?:Professor|Prof|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Cllr|Councillor|Mr|Mrs|Ms|Miss|Rt Hon|The Rt Hon)\.?\s+`;
/** Honorifics, two to four capitalised names, post-nominals, an optional "(Chair)", then a comma. */
const NAME_AND_ROLE = new RegExp(
  String.raw`^(?:${HONORIFIC})*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\p{Lu}{2,5})*(?:\s+\([^)]{1,40}\))?,\s`,
  "u",
);
