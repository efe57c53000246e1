import { analyse } from "../index-format/index.js";

/**
 * A name or phrase as comparable terms: case, plurals ("ICBs" = "ICB", "Systems" = "System")
 * and stop-words folded the way the search index folds them.
 *
 * @example normalizeTerm("Integrated Care Systems") // "integr care system"
 */
export function normalizeTerm(text: string): string {
  return analyse(text).join(" ");
}

/** Whether `phrase` occurs in `terms` as a contiguous run of terms. */
export function containsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > terms.length) return false;
  // Plain loops, no callback per start: fact lookups run this on thousands of facts per question at scale.
  const first = phrase[0];
  for (let i = 0; i + phrase.length <= terms.length; i++) {
    if (terms[i] !== first) continue;
    let j = 1;
    while (j < phrase.length && terms[i + j] === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}
