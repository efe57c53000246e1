import { describe, expect, it } from "vitest";
import type { Passage } from "../../index-format/index.js";
import { segmentDocument } from "../segment-document.js";
import { quoteInSource } from "./find-quote.js";

const passage = (text: string, source: string): Passage => ({ id: "d#1", docId: "d", kind: "body", sectionPath: [], text, start: 0, end: source.length });

describe("quoteInSource", () => {
  it("finds a quote in the source after the passage cleaning (markup, whitespace)", () => {
    const source = "In *Reimagining Health*, Reform set out\nthe case for a new approach.";
    const text = "In Reimagining Health, Reform set out the case for a new approach.";
    expect(quoteInSource("Reimagining Health, Reform set out the case", passage(text, source), source)).toBe(true);
  });

  it("follows a sentence across the footnotes printed inside it at a page break", () => {
    const source = "ICSs vary in the number of authorities within their\n\n⁹ NHS England, Framework, 2022.\n\narea and their overall population size (500,000 in Shropshire).¹³";
    const [body] = segmentDocument("d", source).filter((p) => p.kind === "body");
    if (!body) throw new Error("no body passage");
    expect(body.text).toContain("within their area and their overall population size (500,000 in Shropshire)");
    expect(quoteInSource("within their area and their overall population size (500,000 in Shropshire).¹³", body, source)).toBe(true);
  });

  it("rejects a quote that is not verbatim from the passage, or whose words the source does not have in that order", () => {
    const source = "Below the regions sit 42 Integrated Care Systems.";
    expect(quoteInSource("sit 44 Integrated Care Systems", passage("Below the regions sit 44 Integrated Care Systems.", source), source)).toBe(false);
    expect(quoteInSource("sit 42 integrated care systems", passage(source, source), source)).toBe(false);
    expect(quoteInSource("", passage(source, source), source)).toBe(false);
    const split = "Care Systems sit\nbelow the regions";
    expect(quoteInSource("below the regions Care Systems", passage("below the regions Care Systems", split), split)).toBe(false);
  });

  it("finds a table cell but not a row rewritten as 'Key: value'", () => {
    const source = "NHS Resolution\tManages negligence claims";
    const row = passage("NHS Resolution: Manages negligence claims", source);
    expect(quoteInSource("Manages negligence claims", row, source)).toBe(true);
    expect(quoteInSource("NHS Resolution: Manages negligence claims", row, source)).toBe(false);
  });
});
