import { describe, expect, it } from "vitest";
import { sentenceSpans } from "./sentence-spans.js";

const sentences = (text: string): string[] => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe("sentenceSpans", () => {
  it("splits at full stops followed by a capital", () => {
    expect(sentences("One thing. Two things! Three?")).toEqual(["One thing.", "Two things!", "Three?"]);
  });
  it("keeps abbreviations and decimals inside sentences", () => {
    expect(sentences("It costs £3.5 billion, e.g. for drugs. Next one.")).toEqual([
      "It costs £3.5 billion, e.g. for drugs.",
      "Next one.",
    ]);
  });
  it("ends a sentence after a footnote marker and splits at line breaks", () => {
    expect(sentences("Reduced cost.¹ Indeed it works\n• item one\n• item two")).toEqual([
      "Reduced cost.¹",
      "Indeed it works",
      "• item one",
      "• item two",
    ]);
  });
  it("ends a sentence after a Markdown footnote marker", () => {
    expect(sentences("Adults train each year.[^1] Yet funding fell.[^note] Then it rose.")).toEqual([
      "Adults train each year.[^1]",
      "Yet funding fell.[^note]",
      "Then it rose.",
    ]);
  });
  it("does not split before a lower-case word", () => {
    expect(sentences("See no. 5 and the rest. more text")).toEqual(["See no. 5 and the rest. more text"]);
  });
});
