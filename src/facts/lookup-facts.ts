import type { DocumentMeta, Fact } from "../index-format/index.js";
import { factTerms } from "./fact-terms.js";
import type { FactQuery } from "./fact-query.js";
import { compareNewestFirst, factRecency } from "./fact-recency.js";
import { conceptsOf, mentionsConcept, type Concept } from "./match-concepts.js";
import { yieldsToAnotherFigure } from "./yields-to-another-figure.js";

/** A fact with how well it matches a query, in [0, 1]. */
export interface ScoredFact {
  fact: Fact;
  score: number;
}

/** Below this a fact does not match a text query: at least half of what was asked must be found. */
const MIN_SCORE = 0.5;

/**
 * Facts matching a query: `type` and `docId` filter; `text` is matched against body names
 * and aliases, what a number measures (and its quote) and a recommendation's text, tolerant
 * of case, plurals and acronyms ("icb", "ICBs" and "integrated care board" find the same
 * body and its numbers). Best match first, then newest first (period, else document date),
 * so conflicting values from different years come side by side, the latest on top. An
 * empty query lists everything in table order.
 *
 * @example lookupFacts(facts, documents, { type: "number", text: "ICSs" })
 */
export function lookupFacts(facts: readonly Fact[], documents: readonly DocumentMeta[], query: FactQuery): Fact[] {
  const filtered = facts.filter((f) => (query.type === undefined || f.type === query.type) && (query.docId === undefined || f.docId === query.docId));
  const text = query.text?.trim() ?? "";
  if (text === "") return filtered;
  const concepts = conceptsOf(text, facts);
  if (concepts.length === 0) return [];
  const scored = filtered.map((fact) => ({ fact, score: scoreFact(fact, concepts) })).filter((s) => s.score >= MIN_SCORE);
  return rankScored(scored, documents).map((s) => s.fact);
}

/**
 * How well a fact covers the concepts, in [0, 1]: each concept counts 1 when found in the
 * fact's main field (a body's names, a number's measure, a recommendation's text) and 0.4
 * when found only in its quote or section; a body the query names scores in full. Named
 * bodies weigh twice a plain term: they are what a question is about.
 */
export function scoreFact(fact: Fact, concepts: readonly Concept[]): number {
  return scoreFactDetail(fact, concepts).score;
}

/** `scoreFact`, and whether any concept was found in the fact's main field. */
export function scoreFactDetail(fact: Fact, concepts: readonly Concept[]): { score: number; mainHit: boolean } {
  let total = 0;
  let weights = 0;
  let mainHit = false;
  for (const concept of concepts) {
    const weight = concept.body === null ? 1 : 2;
    weights += weight;
    const terms = factTerms(fact);
    let found: number;
    if (fact.type === "body") {
      found = concept.body?.id === fact.id ? 1 : mentionsConcept(terms.main, concept) ? 0.6 : 0;
    } else {
      found = mentionsConcept(terms.main, concept) ? 1 : mentionsConcept(terms.context, concept) ? 0.4 : 0;
    }
    if (found >= 0.6) mainHit = true;
    total += weight * found;
  }
  return { score: weights === 0 ? 0 : total / weights, mainHit };
}

/** Score (to one decimal, so near-ties go by date), then newest first, then a figure before one it qualifies (a change's start, a part of a whole), then table order. */
export function rankScored<T extends ScoredFact>(scored: readonly T[], documents: readonly DocumentMeta[], askedTerms: ReadonlySet<string> = new Set()): T[] {
  const recency = recencyOf(documents);
  return scored
    .map((s, index) => ({ s, index, bucket: Math.round(s.score * 10), recency: recency(s.fact), yields: yieldsToAnotherFigure(s.fact, askedTerms) ? 1 : 0 }))
    .sort(
      (a, b) =>
        b.bucket - a.bucket || compareNewestFirst(a.recency, b.recency) || a.yields - b.yields || b.s.score - a.s.score || a.index - b.index,
    )
    .map((x) => x.s);
}

/**
 * `factRecency` against one document list, each fact's computed once: a question about a
 * thing every document mentions ranks thousands of facts at a large corpus.
 */
function recencyOf(documents: readonly DocumentMeta[]): (fact: Fact) => number | null {
  let memo = recencyByDocuments.get(documents);
  if (memo === undefined) {
    const byId = new Map(documents.map((d) => [d.id, d]));
    const known = new WeakMap<Fact, number | null>();
    memo = (fact) => {
      let value = known.get(fact);
      if (value === undefined) {
        value = factRecency(fact, byId);
        known.set(fact, value);
      }
      return value;
    };
    recencyByDocuments.set(documents, memo);
  }
  return memo;
}

const recencyByDocuments = new WeakMap<readonly DocumentMeta[], (fact: Fact) => number | null>();
