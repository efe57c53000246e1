import { beforeAll, describe, expect, it } from "vitest";
import { precision, readGold, recall, scoreAll, sumScores, type DocumentScore } from "./score-extraction.js";

/**
 * Extraction against the hand-labelled gold lists in ./gold. The floors sit just under what
 * the rules achieve today (`npx tsx tests/facts/score-extraction.ts --verbose` prints the
 * table and every miss), so a rule change that loses facts or lets non-facts in fails here.
 */
describe("fact extraction against the gold lists", () => {
  let corpus: DocumentScore[] = [];
  let own: DocumentScore[] = [];
  let warnings: string[] = [];
  beforeAll(async () => {
    ({ corpus, own, warnings } = await scoreAll());
  });
  const total = (scores: readonly DocumentScore[]) => sumScores(scores.flatMap((s) => [s.bodies, s.numbers, s.recommendations]));

  it("has a gold list for each of the five corpus documents and for texts outside the corpus", () => {
    expect(corpus.map((s) => s.doc).sort()).toEqual([
      "bmj-2018-devolution-deal",
      "devoconnect-2019-essays",
      "hf-2016-devolution",
      "localis-local-empowerment",
      "reform-2024-close-enough-to-care",
    ]);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(readGold().every((g) => g.bodies.length + g.numbers.length + g.recommendations.length > 0)).toBe(true);
  });

  it("extracts no non-fact on the corpus (precision 1.0) and finds at least 97% of the facts", () => {
    const score = total(corpus);
    expect(score.wrong).toEqual([]);
    expect(precision(score)).toBe(1);
    expect(recall(score)).toBeGreaterThanOrEqual(0.97);
    expect(warnings).toEqual([]);
  });

  it("keeps precision and recall of every type on every corpus document at 0.9 or more", () => {
    for (const s of corpus) {
      for (const [kind, score] of [["bodies", s.bodies], ["numbers", s.numbers], ["recommendations", s.recommendations]] as const) {
        expect({ doc: s.doc, kind, precision: precision(score) >= 0.9, recall: recall(score) >= 0.9 }).toEqual({ doc: s.doc, kind, precision: true, recall: true });
      }
    }
  });

  it("reads the fields of matched facts right: at most 3 unit, value, measure, period, role or label disagreements", () => {
    expect(corpus.flatMap((s) => s.fieldErrors).length).toBeLessThanOrEqual(3);
  });

  it("does as well on the texts written outside the corpus: precision 1.0, recall at least 0.95", () => {
    const score = total(own);
    expect(score.wrong).toEqual([]);
    expect(recall(score)).toBeGreaterThanOrEqual(0.95);
    expect(own.flatMap((s) => s.fieldErrors)).toEqual([]);
  });
});
