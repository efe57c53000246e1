import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, words } from "./analyse.js";

describe("analyse", () => {
  it("drops stop-words and stems", () => {
    expect(analyse("How many Integrated Care Systems are there?")).toEqual(["integr", "care", "system"]);
  });

  it("meets irregular forms with the regular ones", () => {
    expect(analyse("Who wrote the foreword?")).toEqual(analyse("writing the foreword"));
    expect(analyse("the board met")).toEqual(analyse("the board meets"));
    expect(analyse("children")).toEqual(analyse("child"));
    expect(analyse("buses crises analyses criteria")).toEqual(analyse("bus crisis analysis criterion"));
    expect(analyse("whats GIRFT")).toEqual(analyse("what's GIRFT"));
    expect(analyse("What should be done with the grant?")).toEqual(["grant"]);
    expect(analyse("life expectancy, deaths, growth, length")).toEqual(analyse("living expect dying growing long"));
    expect(analyse("health")).not.toEqual(analyse("heal"));
  });

  it("meets a word ending in a double consonant with its -ing and -ed forms", () => {
    expect(analyse("staffing")).toEqual(analyse("staff"));
    expect(analyse("added")).toEqual(analyse("adds"));
    expect(analyse("planning")).toEqual(analyse("plan"));
  });

  it("meets a Latin noun with its verb, and an agent in -ioner with its action", () => {
    expect(analyse("provision")).toEqual(analyse("provide"));
    expect(analyse("reduction")).toEqual(analyse("reduces"));
    expect(analyse("decision")).toEqual(analyse("decided"));
    expect(analyse("prescription")).toEqual(analyse("prescribe"));
    expect(analyse("commissioners")).toEqual(analyse("commissioning"));
  });

  it("maps a nationality adjective to its place", () => {
    expect(analyse("Danish councils")).toEqual(analyse("Denmark council"));
  });

  it("keeps numbers whole and ignores footnote markers", () => {
    expect(analyse("cost £107.8bn.¹")).toEqual(["cost", "107.8bn"]);
  });
});

describe("words: the quick scans give the plain pipeline's words", () => {
  /** The pipeline without the scans that skip its steps: every replacement, the Unicode pattern always. */
  const plainWords = (text: string): string[] =>
    text
      .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, " ")
      .replace(/\b(\p{Lu}{2,})s\b/gu, "$1")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu) ?? [];

  it("on acronym plurals, footnote markers, accents, curly quotes and other scripts", () => {
    const piece = fc.constantFrom("ICSs", "CCGs¹", "NHS’s", "ÉCOs", "café", "Ωμέγα", "𝐀𝐁s", "107.8", "£3bn", "it's", " ", ", ", "—", "QA", "Ss", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(words(text)).toEqual(plainWords(text));
      }),
    );
  });
});
