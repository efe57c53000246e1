import { analyse, type DocumentMeta } from "../index-format/index.js";

/**
 * Terms that name a source: its publisher (without remarks in brackets) and the first word of
 * its id ("localis-local-empowerment" → "localis"), less words too common in publisher names to
 * identify one ("health" in "The Health Foundation").
 */
export function sourceTerms(document: DocumentMeta): string[] {
  const publisher = document.publisher?.replace(/\s*\(.*$/, "") ?? "";
  const idWords = document.id.split(/[-_.]/).filter((w) => !/^\d+$/.test(w) && w.length > 3).slice(0, 1);
  return [...new Set([...analyse(publisher), ...analyse(idWords.join(" "))])].filter((t) => !GENERIC_SOURCE_TERMS.has(t));
}

/**
 * The documents a question names by their source ("what did Localis recommend…",
 * "according to the BMJ…"), with the question terms that named them.
 */
export function namedSources(question: string, documents: readonly DocumentMeta[]): { docIds: Set<string>; terms: Set<string> } {
  const asked = new Set(analyse(question));
  const docIds = new Set<string>();
  const terms = new Set<string>();
  for (const document of documents) {
    const naming = sourceTerms(document).filter((term) => asked.has(term));
    if (naming.length === 0) continue;
    docIds.add(document.id);
    for (const term of naming) terms.add(term);
  }
  return { docIds, terms };
}

const GENERIC_SOURCE_TERMS = new Set(analyse("health care nhs unknown news item essay collection report"));
