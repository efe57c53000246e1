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
  for (let i = 0; i + phrase.length <= terms.length; i++) {
    if (phrase.every((term, j) => terms[i + j] === term)) return true;
  }
  return false;
}
