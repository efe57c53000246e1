import { describe, expect, it } from "vitest";
import { analyse } from "../index-format/index.js";
import { buildQuery, EXPANSION_WEIGHT } from "./build-query.js";

const vocabulary = new Map(
  analyse("compare models defined devolution elsewhere King's Fund paper explains networks report budgets").map((term, id) => [term, id]),
);
const build = (question: string) => buildQuery(question, vocabulary, new Map());
const weightIn = (question: string, word: string) =>
  build(question).rank.terms.find((term) => term.id === vocabulary.get(analyse(word)[0] ?? ""))?.weight;

describe("buildQuery", () => {
  it("weighs a verb that sets the task, opening a sentence, as a kind of answer and not a topic", () => {
    expect(weightIn("Compare the two devolution models", "compare")).toBe(EXPANSION_WEIGHT.answerKind);
    expect(weightIn("Does devolution work? Compare the models", "compare")).toBe(EXPANSION_WEIGHT.answerKind);
    expect(weightIn("How defined is devolution compared with elsewhere?", "compare")).toBe(1);
  });

  it("keeps footnotes in play for a question after a cited paper, not for one about what a report says", () => {
    expect(build("Which King's Fund paper explains networks?").rank.wantsSources).toBe(true);
    expect(build("What does the report say about budgets?").rank.wantsSources).toBe(false);
  });
});
