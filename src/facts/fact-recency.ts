import type { DocumentMeta, Fact } from "../index-format/index.js";

/**
 * When a fact holds, as a sortable number (a year, with months as fractions): the end of
 * its period ("2022-23" → 2023, "between March 2018 and October 2023" → 2023), else its
 * document's date ("2024-03" → 2024.17); null when neither is known.
 */
export function factRecency(fact: Fact, documents: ReadonlyMap<string, DocumentMeta>): number | null {
  if (fact.type === "number" && fact.period !== null) {
    const fiscal = /\b((?:19|20)\d\d)[-–/](\d{2})\b(?!\d)/.exec(fact.period);
    if (fiscal) return Number(fiscal[1]) + 1;
    const years = [...fact.period.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
    if (years.length > 0) return Math.max(...years);
  }
  const date = documents.get(fact.docId)?.date ?? null;
  const match = date === null ? null : /\b((?:19|20)\d\d)(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  return Number(match[1]) + (match[2] ? (Number(match[2]) - 1) / 12 : 0);
}

/** Newest first; facts of unknown date last. */
export function compareNewestFirst(a: number | null, b: number | null): number {
  return (b ?? Number.NEGATIVE_INFINITY) - (a ?? Number.NEGATIVE_INFINITY) || 0;
}
