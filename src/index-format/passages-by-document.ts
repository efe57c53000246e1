import type { Passage } from "./passage.js";

/**
 * Passages grouped by document, each group in the order given. Extractors that work one
 * document at a time look their passages up here: filtering all passages for every
 * document is quadratic, minutes at a few thousand documents.
 *
 * @example passagesByDocument(passages).get("hf-2016-devolution") // its passages, in order
 */
export function passagesByDocument(passages: readonly Passage[]): Map<string, Passage[]> {
  const groups = new Map<string, Passage[]>();
  for (const passage of passages) {
    const group = groups.get(passage.docId);
    if (group) group.push(passage);
    else groups.set(passage.docId, [passage]);
  }
  return groups;
}
