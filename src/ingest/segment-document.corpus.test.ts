import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Passage } from "../index-format/index.js";
import { segmentDocument } from "./segment-document.js";

const DOC_IDS = [
  "hf-2016-devolution",
  "devoconnect-2019-essays",
  "bmj-2018-devolution-deal",
  "reform-2024-close-enough-to-care",
  "localis-local-empowerment",
] as const;

/** As the corpus reader hands a file over: BOM removed, CRLF turned into LF. */
function readCorpus(id: string): string {
  const text = readFileSync(new URL(`../../corpus/${id}.txt`, import.meta.url), "utf8");
  return text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}

const passages = new Map(DOC_IDS.map((id) => [id, segmentDocument(id, readCorpus(id))]));
const reform = passages.get("reform-2024-close-enough-to-care") ?? [];

function containing(list: readonly Passage[], needle: string): Passage[] {
  return list.filter((p) => p.text.includes(needle));
}

describe("segmentDocument over the real corpus", () => {
  it("reads the 'Selected central bodies' CQC row as one readable table passage", () => {
    const [row, ...others] = containing(reform, "Care Quality Commission (CQC): Regulates health and social care providers");
    expect(others).toHaveLength(0);
    expect(row?.kind).toBe("table");
    expect(row?.text.startsWith("Figure 3: Selected central bodies\n")).toBe(true);
    expect(row?.text).not.toContain("\t");
  });

  it("keeps footnote 1 as a footnote passage", () => {
    const [footnote] = containing(reform, "¹ Chris Naylor and Dan Wellings");
    expect(footnote?.kind).toBe("footnote");
  });

  it("puts the place-based partnerships count under its section", () => {
    const [body, ...others] = containing(reform, "There are currently 175 place-based partnerships in England");
    expect(others).toHaveLength(0);
    expect(body?.kind).toBe("body");
    expect(body?.sectionPath.at(-1)).toBe("Place-based NHS partnerships");
    expect(body?.sectionPath.at(-2)).toBe("2.1.3 The local level");
  });

  it("drops web furniture from every document", () => {
    for (const list of passages.values()) {
      for (const junk of ["Skip to main content", "Follow us on Twitter", "your browser is too old", "View Full Text", "Download PDF", "Artboard"]) {
        expect(containing(list, junk)).toEqual([]);
      }
    }
  });

  it("never lets a footnote line into a body passage", () => {
    for (const list of passages.values()) {
      for (const p of list.filter((q) => q.kind !== "footnote")) {
        expect(p.text).not.toMatch(/(^|\n)[⁰¹²³⁴⁵⁶⁷⁸⁹]+ ?\p{Lu}/u);
      }
    }
  });

  it("joins the paragraph a page break cut, without the footnotes between", () => {
    const [joined] = containing(reform, "managing provider performance in the NHS. In February 2023, Health Education England");
    expect(joined?.kind).toBe("body");
    expect(joined?.text).not.toContain("Jonathan Holmes");
  });

  it("keeps the table of contents and the title page out", () => {
    expect(containing(reform, ".....")).toEqual([]);
    expect(reform.some((p) => p.sectionPath.includes("Rosie Beacon") || p.sectionPath.includes("March 2024"))).toBe(false);
  });

  it("keeps the repeated recommendation once and the bibliography apart", () => {
    expect(containing(reform, "Recommendation 1: The Government should commit to phasing out NHS England")).toHaveLength(1);
    const bibliography = reform.filter((p) => p.kind === "bibliography");
    expect(bibliography.length).toBeGreaterThan(0);
    expect(bibliography.every((p) => p.sectionPath.join() === "Bibliography")).toBe(true);
    expect(containing(bibliography, "Wyatt, Steven.")).toHaveLength(1);
  });
});
