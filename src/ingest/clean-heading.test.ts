import { describe, expect, it } from "vitest";
import { confirmedChapters, endsMidSentence, isCaptionLine, isDateLine, isRuleLine, parseHeading, underlinedHeading } from "./clean-heading.js";

describe("parseHeading", () => {
  it.each([
    ["1. Introduction", 1],
    ["4. Making change happen", 1],
    ["2.1 The structure of England's health system", 2],
    ["2.1.1 The role of the centre", 3],
    ["4.1.1 What should sit at the centre?", 3],
  ])("reads %s as a numbered heading of depth %i", (line, depth) => {
    expect(parseHeading(line)).toEqual({ kind: "numbered", depth, label: line });
  });

  it.each(["The departments", "Public health and social care", "Health 'devolution': in name only?", "ABOUT REFORM", "Key points"])(
    "reads %s as a plain heading",
    (line) => {
      expect(parseHeading(line)?.kind).toBe("plain");
    },
  );

  it("reads a chapter number without a dot only when the document's subsections confirm it", () => {
    const chapters = confirmedChapters(["1 Background", "1.1 What are storm overflows?", "02 Jul 2019"]);
    expect([...chapters]).toEqual(["1"]);
    expect(parseHeading("1 Background", chapters)).toEqual({ kind: "numbered", depth: 1, label: "1 Background" });
    expect(parseHeading("1 Background")).toBeNull();
    expect(parseHeading("2 Monitoring", chapters)).toBeNull();
  });

  it("reads a page's metadata field as no heading", () => {
    expect(parseHeading("From: Water Services Regulation Authority (Ofwat)")).toBeNull();
    expect(parseHeading("Case study: the River Wye")?.kind).toBe("plain");
  });

  it("reads a line set in bold by its words", () => {
    expect(parseHeading("**Key findings**")).toEqual({ kind: "plain", label: "Key findings" });
    expect(parseHeading("__2.1 The local level__")).toEqual({ kind: "numbered", depth: 2, label: "2.1 The local level" });
    expect(parseHeading("**Note:** the figures are provisional.")).toBeNull();
  });

  it("reads a bibliography title as the start of the back matter", () => {
    expect(parseHeading("Bibliography")?.kind).toBe("bibliography");
    expect(parseHeading("References")?.kind).toBe("bibliography");
  });

  it.each([
    ["a sentence", "Reimagining Health is one of the major work streams within this programme."],
    ["a list introduction", "To drive this, we recommend that:"],
    ["a person with a role", "Professor Kate Arden (Chair), Former Director of Public Health, Wigan Council"],
    ["a citation", "BMJ 2018; 360 doi: (Published 19 March 2018) Cite this as: BMJ 2018;360:k1217"],
    ["a caption", "Figure 3: Selected central bodies"],
    ["a source note", "Source: Department of Health and Social Care"],
    ["a date", "March 2024"],
    ["a date with a day", "02 Jul 2019"],
    ["a bullet", "• Key points"],
    ["an indented list item", "  1. London"],
    ["a paragraph cut by a page break", "Services which treat illness are largely provided by the"],
    ["a lower-case line", "where a serious risk has been identified"],
    ["a long line", "A line with far too many words to be a heading in any document that we have ever seen"],
    ["a number without a dot", "80 years on"],
  ])("rejects %s", (_what, line) => {
    expect(parseHeading(line)).toBeNull();
  });
});

describe("line shapes", () => {
  it("recognises captions and dates", () => {
    expect(isCaptionLine("Figure 10: Evaluating options for reform")).toBe(true);
    expect(isCaptionLine("Figure 1 contrasts our current approach")).toBe(false);
    expect(isDateLine("2019-07-02")).toBe(true);
    expect(isDateLine("Decentralisation 2020")).toBe(false);
  });

  it("knows where a sentence cannot end", () => {
    expect(endsMidSentence("performance in the NHS. In")).toBe(true);
    expect(endsMidSentence("for example,")).toBe(true);
    expect(endsMidSentence("Where we are")).toBe(false);
  });
});

describe("parseHeading on Markdown", () => {
  it("reads ATX headings whatever their shape, nesting by the number of hashes", () => {
    expect(parseHeading("# Local care, in Wales")).toEqual({ kind: "numbered", depth: 1, label: "Local care, in Wales" });
    expect(parseHeading("### Funding ###")).toEqual({ kind: "numbered", depth: 3, label: "Funding" });
    expect(parseHeading("## References")).toEqual({ kind: "bibliography", label: "References" });
    expect(parseHeading("#hashtag")).toBeNull();
  });
});

describe("underlinedHeading", () => {
  it("reads a line over '===' as depth 1 and over '---' as depth 2, whatever its shape", () => {
    expect(underlinedHeading("A Report", "========")).toEqual({ kind: "numbered", depth: 1, label: "A Report" });
    expect(underlinedHeading("Funding, 2023", "---")).toEqual({ kind: "numbered", depth: 2, label: "Funding, 2023" });
    expect(underlinedHeading("References", "----------")?.kind).toBe("bibliography");
  });

  it("needs an underline of three or more of one character", () => {
    expect(underlinedHeading("Text", "--")).toBeNull();
    expect(underlinedHeading("Text", "-=-")).toBeNull();
    expect(underlinedHeading("Text", "More text")).toBeNull();
  });
});

describe("isRuleLine", () => {
  it.each(["---", "***", "___", "* * *", "=====", "  - - -"])("reads %s as a rule", (line) => {
    expect(isRuleLine(line)).toBe(true);
  });

  it.each(["--", "- item", "-- note --", "|---|---|", "***bold***"])("does not read %s as a rule", (line) => {
    expect(isRuleLine(line)).toBe(false);
  });
});
