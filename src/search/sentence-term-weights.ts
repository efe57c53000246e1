/**
 * What each analysed term is worth when choosing a passage's answering sentence: its query
 * weight times IDF. An acronym of a name the question spells out is worth the whole name:
 * "…the Better Care Fund (BCF)… with a budget of £7.2 billion, the BCF…" answers "how much is
 * the Better Care Fund?" in its second sentence, which names the fund only by its initials.
 */
export function sentenceTermWeights(
  weighted: readonly { term: string; weight: number }[],
  otherNames: ReadonlyMap<string, readonly (readonly string[])[]>,
): Map<string, number> {
  const weights = new Map(weighted.map(({ term, weight }) => [term, weight]));
  const acronymWeights = new Map<string, number>();
  for (const [term, others] of otherNames) {
    for (const [acronym, ...rest] of others) {
      if (acronym !== undefined && rest.length === 0 && acronym !== term) {
        acronymWeights.set(acronym, (acronymWeights.get(acronym) ?? 0) + (weights.get(term) ?? 0));
      }
    }
  }
  for (const [acronym, weight] of acronymWeights) weights.set(acronym, Math.max(weights.get(acronym) ?? 0, weight));
  return weights;
}
