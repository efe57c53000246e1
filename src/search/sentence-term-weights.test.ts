import { describe, expect, it } from "vitest";
import { sentenceTermWeights } from "./sentence-term-weights.js";

describe("sentenceTermWeights", () => {
  it("weighs an acronym of a name the question spells out as the whole name", () => {
    const weights = sentenceTermWeights(
      [
        { term: "better", weight: 2 },
        { term: "care", weight: 0.5 },
        { term: "fund", weight: 1.5 },
        { term: "bcf", weight: 0.8 },
      ],
      new Map([
        ["better", [["bcf"]]],
        ["care", [["bcf"]]],
        ["fund", [["bcf"]]],
      ]),
    );
    expect(weights.get("bcf")).toBe(4);
    expect(weights.get("better")).toBe(2);
  });

  it("leaves a full name's words alone when the question uses the acronym", () => {
    const weights = sentenceTermWeights(
      [
        { term: "bcf", weight: 3 },
        { term: "fund", weight: 0.4 },
      ],
      new Map([["bcf", [["better", "care", "fund"]]]]),
    );
    expect(weights).toEqual(new Map([["bcf", 3], ["fund", 0.4]]));
  });
});
