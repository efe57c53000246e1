/**
 * Capitalised names in the corpus by their initials: "jsna" → "Joint Strategic Needs
 * Assessments". A reader asks "What are JSNAs for?" of a text that only ever spells the name
 * out; the initials find it. Only acronyms the corpus never uses are looked up. Two letters
 * are initials of many names, so "GM" stands for "Greater Manchester" only when the corpus
 * writes that name often and far more often than any other with those initials.
 *
 * When several names share initials, the one written most often wins (ties: the first in
 * sort order), so the table is the same for the same corpus.
 */
export function collectInitialisms(texts: Iterable<string>, vocabulary: ReadonlyMap<string, number>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const run = match[0].split(/\s+/);
      for (let start = 0; start < run.length; start += 1) {
        if (JOINING_WORDS.has(run[start] ?? "")) continue;
        let initials = "";
        for (let end = start; end < run.length; end += 1) {
          const word = run[end] ?? "";
          if (JOINING_WORDS.has(word)) continue;
          initials += word[0]?.toLowerCase() ?? "";
          if (initials.length < 2 || vocabulary.has(initials)) continue;
          const name = run.slice(start, end + 1).join(" ");
          const names = counts.get(initials) ?? new Map<string, number>();
          names.set(name, (names.get(name) ?? 0) + 1);
          counts.set(initials, names);
        }
      }
    }
  }
  const table = new Map<string, string>();
  for (const [initials, names] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [best, next] = [...names].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    if (!best) continue;
    const clear = initials.length >= MIN_LETTERS || (best[1] >= TWO_LETTER_MIN_USES && best[1] >= TWO_LETTER_LEAD * (next?.[1] ?? 0));
    if (clear) table.set(initials, best[0]);
  }
  return table;
}

const MIN_LETTERS = 3;
/** A two-letter name must be this common, and this many times commoner than the next. */
const TWO_LETTER_MIN_USES = 5;
const TWO_LETTER_LEAD = 3;
const JOINING_WORDS = new Set(["of", "and", "for", "the", "in", "on", "to", "&"]);
/** Two or more capitalised words in a row, small joining words allowed between them. */
const CAPITALISED_RUN = /\p{Lu}[\p{Ll}'’]+(?:[ \t]+(?:(?:of|and|for|the|in|on|to|&)[ \t]+)*\p{Lu}[\p{Ll}'’]+)+/gu;
