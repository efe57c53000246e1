import { analyse, type BodyFact, type Fact } from "../index-format/index.js";
import { bodyNameTerms } from "./fact-terms.js";
import { containsPhrase } from "./normalize-term.js";

/**
 * One thing a query asks about: a plain term, or a body named in the query, matched by any
 * of its names ("ICB", "Integrated Care Boards", …). Each variant is a list of analysed terms.
 */
export interface Concept {
  variants: string[][];
  /** The body the query names, when this concept is one. */
  body: BodyFact | null;
}

/**
 * Splits a query into concepts: the longest body names and aliases found in it first (so
 * "integrated care board" is one concept, not three terms), then the remaining terms.
 */
export function conceptsOf(text: string, facts: readonly Fact[]): Concept[] {
  const terms = analyse(text);
  const used = new Array<boolean>(terms.length).fill(false);
  const names = bodyNamesLongestFirst(facts);
  const concepts: Concept[] = [];
  for (const name of names) {
    const at = findRun(terms, name.terms, used);
    if (at < 0 || concepts.some((c) => c.body === name.body)) continue;
    for (let i = at; i < at + name.terms.length; i++) used[i] = true;
    concepts.push({ variants: bodyNameTerms(name.body), body: name.body });
  }
  terms.forEach((term, i) => {
    if (!used[i] && !concepts.some((c) => c.body === null && c.variants[0]?.[0] === term)) concepts.push({ variants: [[term]], body: null });
  });
  return concepts;
}

/** Every name of every body in the table, longest first; built once per fact table. */
function bodyNamesLongestFirst(facts: readonly Fact[]): readonly { body: BodyFact; terms: string[] }[] {
  let names = namesByTable.get(facts);
  if (names === undefined) {
    names = facts
      .filter((f): f is BodyFact => f.type === "body")
      .flatMap((body) => bodyNameTerms(body).map((terms) => ({ body, terms })))
      .sort((a, b) => b.terms.length - a.terms.length);
    namesByTable.set(facts, names);
  }
  return names;
}

const namesByTable = new WeakMap<readonly Fact[], readonly { body: BodyFact; terms: string[] }[]>();

/** Whether a field (as analysed terms) mentions the concept. */
export function mentionsConcept(fieldTerms: readonly string[], concept: Concept): boolean {
  if (concept.variants.length === 1) {
    const variant = concept.variants[0] ?? [];
    return variant.length === 1 ? fieldTerms.includes(variant[0] ?? "") : containsPhrase(fieldTerms, variant);
  }
  // A body has dozens of names at scale: each term of the field is looked up among the names'
  // first terms, and only names starting there are compared, rather than every name at every term.
  const byFirstTerm = variantsByFirstTerm(concept);
  for (let start = 0; start < fieldTerms.length; start++) {
    for (const variant of byFirstTerm.get(fieldTerms[start] ?? "") ?? []) {
      if (variant.length <= fieldTerms.length - start && variant.every((term, i) => fieldTerms[start + i] === term)) return true;
    }
  }
  return false;
}

function findRun(terms: readonly string[], phrase: readonly string[], used: readonly boolean[]): number {
  for (let i = 0; i + phrase.length <= terms.length; i++) {
    if (phrase.every((term, j) => terms[i + j] === term && !used[i + j])) return i;
  }
  return -1;
}

/** A concept's variants by their first term; built once per concept. */
function variantsByFirstTerm(concept: Concept): ReadonlyMap<string, readonly (readonly string[])[]> {
  const known = variantsByConcept.get(concept);
  if (known !== undefined) return known;
  const byFirst = new Map<string, string[][]>();
  for (const variant of concept.variants) {
    const first = variant[0];
    if (first === undefined) continue;
    const sharing = byFirst.get(first);
    if (sharing) sharing.push(variant);
    else byFirst.set(first, [variant]);
  }
  variantsByConcept.set(concept, byFirst);
  return byFirst;
}

const variantsByConcept = new WeakMap<Concept, ReadonlyMap<string, readonly (readonly string[])[]>>();
