import { analyse, type BodyFact, type Fact } from "../index-format/index.js";

/** A fact's fields as analysed terms, the way questions are matched against them. */
export interface FactTerms {
  /** What the fact is: a body's names together, a number's measure, a recommendation's label and text. */
  main: string[];
  /** Where it was said: a number's quote, a recommendation's section and source, a body's role. */
  context: string[];
}

/**
 * Analysed fields of a fact, computed once per fact: lookups run on every question, and the
 * fact table does not change while an engine serves it.
 */
export function factTerms(fact: Fact): FactTerms {
  let terms = factTermsCache.get(fact);
  if (terms === undefined) {
    terms = analyseFact(fact);
    factTermsCache.set(fact, terms);
  }
  return terms;
}

/** Each name of a body (its name, then its aliases) as analysed terms, empty ones left out. */
export function bodyNameTerms(body: BodyFact): string[][] {
  let names = bodyNamesCache.get(body);
  if (names === undefined) {
    names = [body.name, ...body.aliases].map((name) => analyse(name)).filter((terms) => terms.length > 0);
    bodyNamesCache.set(body, names);
  }
  return names;
}

function analyseFact(fact: Fact): FactTerms {
  switch (fact.type) {
    case "body":
      return { main: analyse([fact.name, ...fact.aliases].join(" ; ")), context: analyse(fact.role ?? "") };
    case "number":
      return { main: analyse(fact.measure), context: analyse(fact.quote) };
    case "recommendation":
      return { main: analyse(`${fact.label} ${fact.text}`), context: analyse(`${fact.section} ${fact.source}`) };
  }
}

const factTermsCache = new WeakMap<Fact, FactTerms>();
const bodyNamesCache = new WeakMap<BodyFact, string[][]>();
