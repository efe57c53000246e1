import { describe, expect, it } from "vitest";
import { analyse } from "../index-format/index.js";
import type { CorpusStats, PassageTerms } from "./passage-index.js";
import { FEEDBACK, feedbackTerms, rerankWithFeedback } from "./pseudo-relevance-feedback.js";
import type { RankedPassage, RankQuery } from "./rank-passages.js";

const TEXTS = [
  "Medicines policy is set by ministers in Whitehall.",
  "The chief purchaser of pharmaceuticals buys medicines for hospitals.",
  "The chief purchaser negotiates pharmaceuticals prices.",
  "Pharmaceuticals purchaser contracts run nationally.",
  "Local councils run social care.",
  "Hospitals report waiting times.",
  "Devolution deals were signed in 2015.",
];

/** The texts analysed the way the index analyses them, and a question over them. */
function corpus(question: string) {
  const vocabulary = new Map<string, number>();
  const idOf = (term: string): number => vocabulary.get(term) ?? vocabulary.set(term, vocabulary.size).get(term) ?? -1;
  const terms: PassageTerms[] = TEXTS.map((text) => ({
    text: Int32Array.from(analyse(text).map(idOf)),
    section: new Int32Array(),
    title: new Int32Array(),
  }));
  const documentFrequency = new Int32Array(vocabulary.size);
  for (const fields of terms) for (const id of new Set(fields.text)) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const stats: CorpusStats = {
    passageCount: TEXTS.length,
    documentFrequency,
    averageLength: { text: terms.reduce((sum, t) => sum + t.text.length, 0) / terms.length, section: 0, title: 0 },
  };
  const query: RankQuery = {
    terms: analyse(question).map((term) => ({ id: idOf(term), weight: 1, topical: true })),
    phrases: [],
    wantsSources: false,
    wantsPeople: false,
  };
  const termOf = (id: number): string | undefined => [...vocabulary].find(([, value]) => value === id)?.[0];
  return { query, input: { query, terms, kinds: TEXTS.map(() => "body" as const), stats, minCoverage: 0.35 }, termOf };
}

/** A first ranking as plain values: the outlier (passage 0) just ahead of the answer (passage 1). */
function firstRanking(top: Partial<RankedPassage> = {}, answer: Partial<RankedPassage> = {}): RankedPassage[] {
  return [
    { position: 0, score: 2, coverage: 0.6, focus: 0.6, ...top },
    { position: 1, score: 1.9, coverage: 0.6, focus: 0.6, ...answer },
    { position: 2, score: 1, coverage: 0.4, focus: 0.4 },
    { position: 3, score: 1, coverage: 0.4, focus: 0.4 },
  ];
}

describe("feedbackTerms", () => {
  it("takes words several top passages share, not the question's own nor one passage's incidental words", () => {
    const { query, input, termOf } = corpus("who buys medicines");
    const expansion = feedbackTerms(query.terms, firstRanking(), input.terms, input.stats);
    const words = expansion.map((term) => termOf(term.id));
    // "purchaser" and "pharmaceuticals" are in three of the four top passages, "chief" in two;
    // "hospitals" is in one only, and "medicines" is asked already. Ties go to the earlier term.
    expect(words).toEqual(analyse("purchaser pharmaceuticals chief"));
    expect(expansion.every((term) => !term.topical)).toBe(true);
    const total = expansion.reduce((sum, term) => sum + term.weight, 0);
    expect(total).toBeCloseTo(FEEDBACK.weightShare * query.terms.length);
  });
});

describe("rerankWithFeedback", () => {
  it("lifts the passage that shares the top passages' subject above one that only shares the question's words", () => {
    const { input } = corpus("who buys medicines");
    const reranked = rerankWithFeedback(firstRanking(), input);
    expect(reranked.map((hit) => hit.position)).toEqual([1, 0, 2, 3]);
    // Coverage and focus still measure the question's own words.
    expect(reranked[0]).toMatchObject({ coverage: 0.6, focus: 0.6 });
  });

  it("leaves a ranking alone when its top passage already says the whole question in one place", () => {
    const { input } = corpus("who buys medicines");
    const confident = firstRanking({ focus: FEEDBACK.confidentFocus });
    expect(rerankWithFeedback(confident, input)).toEqual(confident);
  });

  it("never lifts a passage that could not answer, nor runs when the top passage could not", () => {
    const { input } = corpus("who buys medicines");
    const weakAnswer = firstRanking({}, { coverage: 0.2 });
    expect(rerankWithFeedback(weakAnswer, input).map((hit) => hit.position)[0]).toBe(0);
    const weakTop = firstRanking({ coverage: 0.2 });
    expect(rerankWithFeedback(weakTop, input)).toEqual(weakTop);
  });
});
