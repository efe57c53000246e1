import { analyse, STANCE_VERBS, takesAStance, type DocumentMeta, type Fact, type NumberFact, type NumberUnit, type RecommendationFact } from "../index-format/index.js";
import { countedThing, countsThing } from "./counted-thing.js";
import { askedSum, howMuchAsks } from "./figure-question.js";
import { numbersMentioning, recommendationsMentioning } from "./fact-term-index.js";
import { factTerms } from "./fact-terms.js";
import { namedSources, sourceTerms } from "./source-names.js";
import { conceptsOf, mentionsConcept, type Concept } from "./match-concepts.js";
import { rankScored, scoreFactDetail, type ScoredFact } from "./lookup-facts.js";

export type QuestionIntent = "count" | "amount" | "percentage" | "body" | "recommendations" | "other";

export interface FactsForQuestion {
  intent: QuestionIntent;
  /** Relevant facts, best first. */
  facts: Fact[];
  /** The same facts with their match score in [0, 1], for combining with passage ranking. */
  scored: ScoredFact[];
  /**
   * "What is Reform's third recommendation?" of a source that makes two: the number asked and
   * the recommendations the source does make, so the answer can say so. Null otherwise.
   */
  missingRecommendation: { ordinal: number; recommendations: RecommendationFact[] } | null;
  /**
   * The body whose recommendations these are by their heading, when a source reports another
   * body's recommendations and the question asks for that body's; null otherwise.
   */
  recommendedBy: string | null;
}

/**
 * Reads what a question asks for and returns the facts that answer it, best first:
 *
 * - count / amount / percentage: number facts of a fitting unit whose measure (and, less,
 *   quote) shares the question's content terms, bodies counted by any of their names;
 *   conflicting values come side by side, newest first;
 * - body: the body the question names ("what does OHID do?"), or for "who is responsible
 *   for …" the bodies whose role shares the question's terms;
 * - recommendations: those of the source the question names (publisher, document id or
 *   title words; not a publisher word the corpus uses as an everyday word, `everydayTerms`),
 *   narrowed by topic words and by an ordinal ("first" → Recommendation 1);
 * - other: nothing.
 *
 * @example factsForQuestion("How many ICSs are there?", facts, documents).facts[0] // the "42 Integrated Care Systems" fact
 */
export function factsForQuestion(
  question: string,
  facts: readonly Fact[],
  documents: readonly DocumentMeta[],
  everydayTerms: ReadonlySet<string> = new Set(),
): FactsForQuestion {
  const intent = questionIntent(question);
  const scored = candidates(intent, question, facts, documents, everydayTerms);
  const ranked = rankScored(scored, documents, new Set(analyse(question)));
  const missing = intent === "recommendations" && ranked.length === 0 ? missingRecommendation(question, facts, documents, everydayTerms) : null;
  const found = ranked.map((s) => s.fact);
  const recommendedBy = intent === "recommendations" ? recommendingBody(question, found, facts) : null;
  return { intent, facts: found, scored: ranked, missingRecommendation: missing, recommendedBy };
}

/** The kind of answer a question wants, from its wording alone. */
export function questionIntent(question: string): QuestionIntent {
  const q = question.toLowerCase();
  if (/\brecommend(?:s|ed|ing|ations?)?\b/.test(q) || takesAStance(q) || /^\s*should\b/.test(q)) return "recommendations";
  if (/\b(?:percentage|per cent|percent|proportion|share|what fraction)\b|%/.test(q)) return "percentage";
  if (/\bhow many\b|\bnumber of\b|\bhow long\b/.test(q)) return "count";
  const howMuch = howMuchAsks(q);
  if (howMuch === "amount" || (howMuch !== "degree" && !ASKS_OTHER_THAN_FIGURE.test(q) && /\b(?:budget|cost|costs|spend|spending|funding|worth|money|billion|million)\b|£|€|\$/.test(q))) return "amount";
  if (/\bwho (?:is|are|was|were) (?:responsible|accountable|in charge)\b|\bwhat (?:does|do|did) .+ do\b|\bwhat (?:is|are|was|were) (?:the )?(?:role|job|purpose|remit)\b|\bwhat (?:is|are) (?:an? |the )?\S|\bwho (?:is|are|runs|oversees|regulates)\b/.test(q)) return "body";
  return "other";
}

/**
 * "How is the money shared out?", "why did spending rise?", "who holds the budget?": a
 * question of manner, reason, agent, time or place names money without asking for a sum.
 */
const ASKS_OTHER_THAN_FIGURE = /^\s*(?:and\s+)?(?:how\s+(?!much\b|many\b|big\b|large\b|high\b|long\b)\w+|why|who|whom|whose|when|where)\b/i;

/** They say a recommendation is asked for, not what it is about. */
const STANCE_TERMS: ReadonlySet<string> = new Set(analyse(STANCE_VERBS.join(" ")));

const DURATION_UNITS: readonly NumberUnit[] = ["years", "months"];
const UNITS: Record<"count" | "amount" | "percentage", readonly NumberUnit[]> = {
  count: ["count", "people", "staff", "years", "months"],
  amount: ["GBP", "EUR", "USD"],
  percentage: ["percent"],
};

/** "One in five households" states a share as a percentage does; "twice as likely" does not. */
function isShare(fact: NumberFact): boolean {
  return fact.unit === "ratio" && fact.value < 1;
}

/**
 * A number answers when something asked is in what it measures and it covers this much of
 * the question; the caller ranks further with passages.
 */
const MIN_NUMBER_SCORE = 0.3;

/** Words that say what kind of answer is wanted, or are too light to match on, not what it is about. */
const INTENT_TERMS = new Set(
  analyse(
    "number percentage per cent proportion share recommend recommendation recommendations role purpose do does responsible first second third get gets got receive receives go goes went give gives given exist exists total currently today concern concerns concerning regarding relate relates relating cover covers address addresses report reports paper papers document documents publication study",
  ),
);

function candidates(
  intent: QuestionIntent,
  question: string,
  facts: readonly Fact[],
  documents: readonly DocumentMeta[],
  everydayTerms: ReadonlySet<string>,
): ScoredFact[] {
  const concepts = conceptsOf(question, facts).filter((c) => c.body !== null || !INTENT_TERMS.has(c.variants[0]?.[0] ?? ""));
  switch (intent) {
    case "count":
    case "amount":
    case "percentage": {
      if (concepts.length === 0) return [];
      const asksDuration = intent === "count" && /\bhow long\b|\byears?\b/i.test(question);
      const units = asksDuration ? DURATION_UNITS : UNITS[intent];
      const counted = intent === "count" && !asksDuration ? countedThing(question, facts) : null;
      const sum = intent === "amount" ? askedSum(question) : null;
      // Only numbers whose measure holds a concept can have a main hit.
      return numbersMentioning(facts, concepts)
        .filter((f) => units.includes(f.unit) || (intent === "percentage" && isShare(f)))
        .filter((fact) => counted === null || countsThing(fact, counted))
        .filter((fact) => sum === null || factTerms(fact).main.includes(sum) || factTerms(fact).context.includes(sum))
        .flatMap((fact) => {
          const { score, mainHit } = scoreFactDetail(fact, concepts);
          return mainHit && score >= MIN_NUMBER_SCORE ? [{ fact: fact as Fact, score }] : [];
        });
    }
    case "body":
      return bodyCandidates(question, concepts, facts);
    case "recommendations":
      return recommendationCandidates(question, concepts, facts, documents, everydayTerms);
    case "other":
      return [];
  }
}

/**
 * A body the question names answers only when nothing else is asked of it ("what does OHID
 * do?", not "what do OHID regional directors do?"); "who is responsible for X?" finds the
 * bodies whose role says X.
 */
function bodyCandidates(question: string, concepts: readonly Concept[], facts: readonly Fact[]): ScoredFact[] {
  const named = concepts.flatMap((c) => (c.body ? [c.body] : []));
  const topics = concepts.filter((c) => c.body === null && !ROLE_TERMS.has(c.variants[0]?.[0] ?? ""));
  if (!ASKS_WHO.test(question)) {
    return named.length === 1 && topics.length === 0 ? named.map((body) => ({ fact: body as Fact, score: 1 })) : [];
  }
  if (topics.length === 0) return named.map((body) => ({ fact: body as Fact, score: 1 }));
  return facts.flatMap((fact) => {
    if (fact.type !== "body" || fact.role === null) return [];
    const role = factTerms(fact).context;
    const score = topics.filter((c) => mentionsConcept(role, c)).length / topics.length;
    return score >= MIN_ROLE_SHARE ? [{ fact, score }] : [];
  });
}

const ASKS_WHO = /\bwho\b/i;
/** Share of a "who is responsible for …" question's topics a body's role must mention. */
const MIN_ROLE_SHARE = 0.75;
/** Words that ask for a body's role rather than name a topic. */
const ROLE_TERMS = new Set(analyse("role roles job purpose remit function functions main exactly mean means stand stands defined definition"));

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

function recommendationCandidates(
  question: string,
  concepts: readonly Concept[],
  facts: readonly Fact[],
  documents: readonly DocumentMeta[],
  everydayTerms: ReadonlySet<string>,
): ScoredFact[] {
  const named = namedSources(question, documents, everydayTerms);
  // The words that named the source (its publisher, or its title) say which, not what about.
  const publisherWords = documents.filter((d) => named.docIds.has(d.id)).flatMap(sourceTerms).filter((term) => !everydayTerms.has(term));
  const sourceWords = new Set([...publisherWords, ...named.terms]);
  const topics = concepts.filter((c) => !c.variants.every((v) => v.every((t) => sourceWords.has(t) || STANCE_TERMS.has(t))));
  const ordinal = ordinalOf(question);
  const fromNamed = (f: RecommendationFact): boolean => named.docIds.size === 0 || named.docIds.has(f.docId);
  if (topics.length === 0) {
    const recommendations = facts.filter((f): f is RecommendationFact => f.type === "recommendation" && fromNamed(f));
    const listed = named.docIds.size > 0 || ordinal !== null;
    return listed ? recommendations.flatMap((fact) => (ordinalFits(fact, ordinal) ? [{ fact: fact as Fact, score: 1 }] : [])) : [];
  }
  // Topic words pick the recommendations about them; when none is, the lead stays with passages.
  // Only those holding enough topic words to reach the share are read: a topic found in none
  // of a recommendation's fields counts only when a body's heading makes it the body's.
  const bodies = topics.filter((c) => c.body !== null).length;
  const minConcepts = Math.max(1, Math.ceil(MIN_TOPIC_SHARE * topics.length - bodies - 1e-9));
  return recommendationsMentioning(facts, topics, minConcepts).filter(fromNamed).flatMap((fact) => {
    if (!ordinalFits(fact, ordinal)) return [];
    const { main, context } = factTerms(fact);
    const found = topics.reduce((sum, c) => sum + (mentionsConcept(main, c) || madeBy(fact, c) ? 1 : mentionsConcept(context, c) ? 0.4 : 0), 0);
    const score = found / topics.length;
    return score >= MIN_TOPIC_SHARE ? [{ fact: fact as Fact, score }] : [];
  });
}

/**
 * A recommendation listed under a heading that names a body is that body's, whichever source
 * reports it: "Recommendation 1: …" under "5.1 The Environmental Audit Committee".
 */
function madeBy(fact: RecommendationFact, concept: Concept): boolean {
  return concept.body !== null && mentionsConcept(sectionTerms(fact), concept);
}

function sectionTerms(fact: RecommendationFact): string[] {
  let terms = sectionTermsCache.get(fact);
  if (terms === undefined) {
    terms = analyse(fact.section);
    sectionTermsCache.set(fact, terms);
  }
  return terms;
}

const sectionTermsCache = new WeakMap<RecommendationFact, string[]>();

/**
 * The body a question asks the recommendations of when the recommendations found are its by
 * their heading, not by their source ("What did the Environmental Audit Committee recommend?"
 * of a briefing that lists them); null otherwise.
 */
function recommendingBody(question: string, found: readonly Fact[], facts: readonly Fact[]): string | null {
  const recommendations = found.filter((fact): fact is RecommendationFact => fact.type === "recommendation");
  if (recommendations.length === 0) return null;
  const body = conceptsOf(question, facts).find((c) => recommendations.every((fact) => madeBy(fact, c) && !mentionsConcept(factTerms(fact).main, c)))?.body;
  return body?.name ?? null;
}

/** Share of a question's topic words a recommendation must hold to be listed for it. */
const MIN_TOPIC_SHARE = 0.75;

function missingRecommendation(
  question: string,
  facts: readonly Fact[],
  documents: readonly DocumentMeta[],
  everydayTerms: ReadonlySet<string>,
): FactsForQuestion["missingRecommendation"] {
  const ordinal = ordinalOf(question);
  const named = namedSources(question, documents, everydayTerms);
  if (ordinal === null || named.docIds.size === 0) return null;
  const recommendations = facts.filter((f): f is RecommendationFact => f.type === "recommendation" && named.docIds.has(f.docId));
  return recommendations.length > 0 ? { ordinal, recommendations } : null;
}

function ordinalFits(fact: RecommendationFact, ordinal: number | null): boolean {
  return ordinal === null || fact.label === `Recommendation ${ordinal}`;
}

function ordinalOf(question: string): number | null {
  const q = question.toLowerCase();
  const word = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/.exec(q)?.[1];
  if (word) return ORDINALS[word] ?? null;
  const numbered = /\brecommendation\s+(?:no\.?\s*)?(\d+)\b|\b(\d+)(?:st|nd|rd|th)\b/.exec(q);
  const digits = numbered?.[1] ?? numbered?.[2];
  return digits ? Number(digits) : null;
}
