import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitAtWords, splitSentences } from "./chunk-sentences.js";

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits at terminal punctuation before a capital", () => {
    expect(sentences("It rose. Then it fell! Why? Nobody knows.")).toEqual(["It rose.", "Then it fell!", "Why?", "Nobody knows."]);
  });

  it("does not split after abbreviations, initials, acronyms or inside decimals", () => {
    const text =
      "Budgets (e.g. capitated budgets) grew. Dr. Dan Poulter spoke. It is charity no. 1103739 in the U.K. today. J. Smith said 3.5 per cent. Walshe et al. Found it.";
    expect(sentences(text)).toEqual([
      "Budgets (e.g. capitated budgets) grew.",
      "Dr. Dan Poulter spoke.",
      "It is charity no. 1103739 in the U.K. today.",
      "J. Smith said 3.5 per cent.",
      "Walshe et al. Found it.",
    ]);
  });

  it("keeps closing quotes and footnote markers with their sentence", () => {
    expect(sentences("It is a system of delegation.”³⁹ Breaking this cycle is hard.")).toEqual([
      "It is a system of delegation.”³⁹",
      "Breaking this cycle is hard.",
    ]);
  });

  it("does not split before a lower-case word", () => {
    expect(sentences("It fell to 3. and then rose.")).toEqual(["It fell to 3. and then rose."]);
  });

  it("covers the text: only whitespace lies between and around spans", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const spans = splitSentences(text);
        let at = 0;
        for (const span of spans) {
          expect(text.slice(at, span.start).trim()).toBe("");
          expect(span.end).toBeGreaterThan(span.start);
          at = span.end;
        }
        expect(text.slice(at).trim()).toBe("");
      }),
    );
  });
});

describe("splitAtWords", () => {
  it("cuts at spaces into pieces under the limit", () => {
    const text = "one two three four five six";
    const pieces = splitAtWords(text, { start: 0, end: text.length }, 10).map((s) => text.slice(s.start, s.end));
    expect(pieces).toEqual(["one two", "three four", "five six"]);
  });

  it("cuts a word longer than the limit", () => {
    const text = "x".repeat(25);
    expect(splitAtWords(text, { start: 0, end: 25 }, 10).map((s) => s.end - s.start)).toEqual([10, 10, 5]);
  });
});
