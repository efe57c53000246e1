import type { Fact, NumberFact, RecommendationFact } from "../index-format/index.js";
import { factTerms } from "./fact-terms.js";
import type { Concept } from "./match-concepts.js";

/**
 * Fact table positions by analysed term: number facts by the terms of what they measure,
 * recommendations by the terms of any field. A question's lookup reads the facts holding one
 * of its terms instead of scanning the whole table (about 100,000 facts at 1,000× corpus).
 */
interface FactTermIndex {
  numbersByMainTerm: ReadonlyMap<string, readonly number[]>;
  recommendationsByTerm: ReadonlyMap<string, readonly number[]>;
}

const indexByTable = new WeakMap<readonly Fact[], FactTermIndex>();

/**
 * Builds the term index of a fact table, once: an engine calls it when it loads, so no
 * question pays for it; lookups on a table not yet indexed build it on first use.
 */
export function indexFactTerms(facts: readonly Fact[]): void {
  if (indexByTable.has(facts)) return;
  const numbersByMainTerm = new Map<string, number[]>();
  const recommendationsByTerm = new Map<string, number[]>();
  const add = (into: Map<string, number[]>, terms: Iterable<string>, position: number): void => {
    for (const term of new Set(terms)) {
      const positions = into.get(term);
      if (positions) positions.push(position);
      else into.set(term, [position]);
    }
  };
  facts.forEach((fact, position) => {
    if (fact.type === "number") add(numbersByMainTerm, factTerms(fact).main, position);
    if (fact.type === "recommendation") {
      const { main, context } = factTerms(fact);
      add(recommendationsByTerm, [...main, ...context], position);
    }
  });
  indexByTable.set(facts, { numbersByMainTerm, recommendationsByTerm });
}

/**
 * Number facts, in table order, whose measure holds the first term of some variant of a
 * concept: every number `mentionsConcept` finds a concept in the measure of is among them.
 */
export function numbersMentioning(facts: readonly Fact[], concepts: readonly Concept[]): NumberFact[] {
  return atPositions(facts, termIndex(facts).numbersByMainTerm, concepts) as NumberFact[];
}

/**
 * Recommendations, in table order, holding the first term of some variant of at least
 * `minConcepts` of the concepts, in any field.
 */
export function recommendationsMentioning(facts: readonly Fact[], concepts: readonly Concept[], minConcepts = 1): RecommendationFact[] {
  return atPositions(facts, termIndex(facts).recommendationsByTerm, concepts, minConcepts) as RecommendationFact[];
}

function termIndex(facts: readonly Fact[]): FactTermIndex {
  indexFactTerms(facts);
  const index = indexByTable.get(facts);
  if (!index) throw new Error("facts: the fact term index was not built");
  return index;
}

function atPositions(facts: readonly Fact[], byTerm: ReadonlyMap<string, readonly number[]>, concepts: readonly Concept[], minConcepts = 1): Fact[] {
  // A common term holds tens of thousands of facts: counting the concepts each holds and
  // reading the counts in table order is cheaper than collecting and sorting positions.
  const held = new Uint16Array(facts.length);
  const lastConcept = new Int32Array(facts.length).fill(-1);
  concepts.forEach((concept, conceptIndex) => {
    for (const variant of concept.variants) {
      for (const position of byTerm.get(variant[0] ?? "") ?? []) {
        if (lastConcept[position] === conceptIndex) continue;
        lastConcept[position] = conceptIndex;
        held[position] = (held[position] ?? 0) + 1;
      }
    }
  });
  const found: Fact[] = [];
  held.forEach((count, position) => {
    const fact = count >= minConcepts ? facts[position] : undefined;
    if (fact) found.push(fact);
  });
  return found;
}
