import { analyse, type DocumentMeta, type Fact } from "../index-format/index.js";

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

/**
 * Whether another figure in the same sentence is the better answer to "how many": where a
 * change started ("almost tripled – from 5,776 to 15,630": 15,630 is now) or the part in a
 * part-of-whole ("39 of 42 ICSs contain them": there are 42), unless the question asks what
 * the part does ("how many ICSs contain…?", given as `askedTerms`).
 */
export function yieldsToAnotherFigure(fact: Fact, askedTerms: ReadonlySet<string>): boolean {
  if (fact.type !== "number") return false;
  const raw = fact.raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (new RegExp(String.raw`\bfrom\s+${raw}\s+(?:to|in)\b`, "i").test(fact.quote)) return true;
  const part = new RegExp(String.raw`(?<![\d.,])${raw}\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,.]*\s+(.*?)(?:[,;:.]|\band\b|$)`, "i").exec(fact.quote);
  if (!part) return false;
  const measured = new Set(analyse(fact.measure));
  return !analyse(part[1] ?? "").some((term) => !measured.has(term) && askedTerms.has(term));
}
