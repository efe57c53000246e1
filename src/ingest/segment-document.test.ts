import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PASSAGE_CHARS, PassageSchema, type Passage } from "../index-format/index.js";
import { segmentDocument } from "./segment-document.js";

const fixture = (name: string): string => readFileSync(new URL(`../../tests/fixtures/segment/${name}`, import.meta.url), "utf8");

const report = segmentDocument("report", fixture("report.txt"));
const webPage = segmentDocument("web", fixture("web-page.txt"));

function passageWith(passages: Passage[], needle: string): Passage {
  const found = passages.find((p) => p.text.includes(needle));
  if (found === undefined) throw new Error(`no passage contains "${needle}"`);
  return found;
}

const allText = (passages: Passage[]): string => passages.map((p) => `${p.sectionPath.join("/")}\n${p.text}`).join("\n");

describe("segmentDocument on a scraped web page", () => {
  it("drops site furniture and the page footer but keeps the text and its headings", () => {
    const text = allText(webPage);
    for (const junk of ["browser", "Skip to", "Log in", "newsletter", "Twitter", "Get social", "Download", "Full Text", "Further reading", "Artboard", "talented", "Find out more"]) {
      expect(text).not.toContain(junk);
    }
    expect(webPage.map((p) => p.sectionPath)).toEqual([["Key points"], ["NHS England"], ["The regional level"]]);
  });

  it("keeps bullet items one per line", () => {
    expect(webPage[0]?.text.split("\n")).toHaveLength(2);
    expect(webPage[0]?.text.startsWith("• Devolution deals")).toBe(true);
  });
});

describe("segmentDocument on a converted briefing", () => {
  const briefing = segmentDocument("briefing", fixture("briefing.txt"));

  it("drops the cover (a byline and a title over two lines each), an unnumbered contents list, a bare web address and the page footers", () => {
    const text = allText(briefing);
    for (const furniture of ["Ann Writer", "Bob Author", "river quality", "commonslibrary", "Research Briefing", "CBP-01234"]) {
      expect(text).not.toContain(furniture);
    }
    expect(briefing[0]?.sectionPath).toEqual(["Summary"]);
  });

  it("reads chapter numbers without a dot as headings when subsections confirm them", () => {
    expect(briefing.map((p) => p.sectionPath)).toEqual([
      ["Summary"],
      ["1 Background", "1.1 What are storm overflows?"],
      ["2 Monitoring", "2.1 Event Duration Monitoring"],
      ["2 Monitoring", "2.2 Dry spills"],
    ]);
  });
});

describe("segmentDocument on a converted report", () => {
  it("covers every joined piece with the passage's source range when a page-break join skips a short line", () => {
    // Found by the property test below: the lower-case line continues the long paragraph, so
    // it is joined to it across "The departments", which then merges back in after it.
    const source = `${"The health health. ".repeat(19)}The health health\n1.1 Introduction\n\nThe departments\n\nthe health health.\n\n`;
    for (const passage of segmentDocument("doc", source)) {
      const slice = source.slice(passage.start, passage.end);
      for (const word of passage.text.match(/[\p{L}\p{N}]+/gu) ?? []) expect(slice).toContain(word);
    }
  });
  it("gives a Markdown table the source note set in italics under it", () => {
    const passages = segmentDocument("md", "## Results\n\n| Year | Spills |\n| --- | --- |\n| 2024 | 464,000 |\n\n*Source: Environment Agency returns.*\n\nThe average overflow spilled 32 times.\n");
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ["table", "Year: 2024; Spills: 464,000\nSource: Environment Agency returns."],
      ["body", "The average overflow spilled 32 times."],
    ]);
  });

  it("reads a page's metadata field as no heading", () => {
    const release = segmentDocument("release", "Press release\n\nRegulator fines water company\n\nFrom: Water Services Regulation Authority (Ofwat)\nPublished: 6 May 2025\n\nThe company must pay £123 million.\n");
    expect(release.map((p) => [p.sectionPath, p.text])).toEqual([[["Regulator fines water company"], "The company must pay £123 million."]]);
  });

  it("drops the title page and the table of contents", () => {
    const text = allText(report);
    for (const frontMatter of ["A REPORT TITLE", "Jane Author", "March 2024", "INTRODUCTION", "Table of Contents", "....."]) {
      expect(text).not.toContain(frontMatter);
    }
    expect(report[0]?.sectionPath).toEqual(["ABOUT THE PUBLISHER"]);
  });

  it("nests numbered headings by depth and plain headings under them", () => {
    expect(passageWith(report, "Ultimate responsibility").sectionPath).toEqual([
      "2. Where we are",
      "2.1 The structure of the system",
      "2.1.1 The role of the centre",
      "The departments",
    ]);
    expect(passageWith(report, "considerable power").sectionPath).toEqual([
      "2. Where we are",
      "2.1 The structure of the system",
      "2.1.2 Regions and systems",
    ]);
  });

  it("keeps footnotes apart from body text", () => {
    const footnote = passageWith(report, "¹ Chris Naylor");
    expect(footnote.kind).toBe("footnote");
    expect(footnote.text).toContain("² Sebastian Rees");
    const body = passageWith(report, "Devolution can improve outcomes");
    expect(body.kind).toBe("body");
    expect(body.text).toContain("reduced cost.¹ Indeed");
    expect(body.text).not.toContain("Naylor");
  });

  it("joins a paragraph cut by a page break, across footnotes", () => {
    expect(passageWith(report, "Ultimate responsibility").text).toContain("answers to Parliament for it. In February 2023, two further bodies");
    expect(passageWith(report, "³ National Audit Office").kind).toBe("footnote");
  });

  it("joins a paragraph cut after a word no sentence ends on", () => {
    expect(passageWith(report, "largely provided by the").text).toContain("largely provided by the NHS while those");
  });

  it("turns a table into readable rows with its caption and source", () => {
    const table = passageWith(report, "Care Quality Commission");
    expect(table.kind).toBe("table");
    expect(table.text.split("\n")).toEqual([
      "Figure 3: Selected central bodies",
      "Care Quality Commission (CQC): Regulates health and social care providers",
      "NHS Resolution: Manages negligence and other claims against the NHS",
      "Source: Department of Health and Social Care, Annual Report, 2023.",
    ]);
  });

  it("keeps a list with the sentence that introduces it", () => {
    const list = passageWith(report, "we recommend that:");
    expect(list.text).toContain("we recommend that:\n• Strong local governance");
    expect(list.text).toContain("\n• Deals should flow");
  });

  it("keeps a repeated paragraph once", () => {
    expect(report.filter((p) => p.text.includes("Recommendation 1:"))).toHaveLength(1);
  });

  it("marks the bibliography and drops back-cover contact lines", () => {
    const bibliography = report.filter((p) => p.kind === "bibliography");
    expect(bibliography).toHaveLength(1);
    expect(bibliography[0]?.sectionPath).toEqual(["Bibliography"]);
    expect(bibliography[0]?.text.split("\n")).toHaveLength(2);
    const text = allText(report);
    for (const junk of ["ISBN", "@publisher", "info@"]) expect(text).not.toContain(junk);
  });
});

describe("segmentDocument on a Markdown report", () => {
  const markdown = segmentDocument("md", fixture("markdown-report.md"));

  it("reads underlined headings as headings and drops rules, which hold no words", () => {
    expect(passageWith(markdown, "Local transport bodies").sectionPath).toEqual(["Background"]);
    expect(passageWith(markdown, "after a section break").sectionPath).toEqual(["Background"]);
    expect(allText(markdown)).not.toMatch(/^(?:-{3,}|={3,}|\*{3})$/m);
  });

  it("turns a Markdown table into readable rows, the header labelling each cell", () => {
    const table = passageWith(markdown, "North Yorkshire");
    expect(table.kind).toBe("table");
    expect(table.text.split("\n")).toEqual([
      "Area: North Yorkshire; Grant 2023-24: £12.5 million; Schemes: 14",
      "Area: Cumbria; Grant 2023-24: £8.1 million; Schemes: 9",
    ]);
  });

  it("keeps Markdown footnotes apart, without their markers in the text", () => {
    const notes = markdown.filter((p) => p.kind === "footnote");
    expect(notes.map((p) => p.text)).toEqual(["1 Department for Transport, Local transport grants, 2023.\n2 Board survey of operators, 2022."]);
    expect(passageWith(markdown, "Grants are paid").text).toContain("to each area.\n");
    expect(allText(markdown.filter((p) => p.kind !== "footnote"))).not.toContain("[^");
  });

  it("keeps a block quote's words without its markers", () => {
    expect(passageWith(markdown, "biggest lever").text).toContain('\n"Transport is the biggest lever');
  });

  it("reads a line set in bold as a heading", () => {
    expect(passageWith(markdown, "progress report").sectionPath).toEqual(["Funding by area", "Monitoring"]);
  });

  it("reads a one-sentence paragraph ending in a footnote marker as text, not as a heading", () => {
    const passage = passageWith(markdown, "Buses carry more passengers");
    expect(passage.sectionPath).toEqual(["Funding by area"]);
  });
});

describe("segmentDocument contract", () => {
  it("returns nothing for empty input or input with nothing left after cleaning", () => {
    expect(segmentDocument("d", "")).toEqual([]);
    expect(segmentDocument("d", "\n\n  \n")).toEqual([]);
    expect(segmentDocument("d", "Skip to main content\nLog in\n\nDownload PDF\n")).toEqual([]);
  });

  it("numbers passages in document order", () => {
    expect(report.map((p) => p.id)).toEqual(report.map((_, i) => `report#${i + 1}`));
    expect(report.every((p, i) => i === 0 || p.start >= (report[i - 1]?.start ?? 0))).toBe(true);
  });

  const word = fc.constantFrom(
    "health", "care", "NHS", "England", "devolution", "the", "of", "and", "local", "by", "in", "budget", "3.5", "e.g.", "Dr.", "£6bn", "ICSs",
  );
  const sentence = fc
    .tuple(fc.constantFrom("The", "Local", "In", "NHS", "Care"), fc.array(word, { minLength: 2, maxLength: 40 }), fc.constantFrom(".", ".¹", "?", "", ":"))
    .map(([first, rest, end]) => `${first} ${rest.join(" ")}${end}`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 30 }).map((s) => s.join(" "));
  // fast-check keeps arrays small by default; these make passages that must be split.
  const longParagraph = fc.array(sentence, { minLength: 20, maxLength: 60, size: "max" }).map((s) => s.join(" "));
  const longWord = fc.integer({ min: 1100, max: 2600 }).map((n) => `Word ${"x".repeat(n)} ends.`);
  const block = fc.oneof(
    paragraph,
    longParagraph,
    longWord,
    paragraph.map((p) => p.toLowerCase()),
    fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom("Introduction", "The local level")).map(
      ([a, b, t]) => `${a}.${b} ${t}`,
    ),
    fc.constantFrom("The departments", "Key points", "Bibliography", "March 2024", "Figure 3: Bodies", "Skip to main content", "Further reading"),
    fc.constantFrom("A title\n=======", "The local level, in brief\n---", "* * *", "---"),
    fc.array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 6 }).map(
      (rows) => `| Key | Value |\n|---|:--:|\n${rows.map(([a, b]) => `| ${a} | ${b.replace(/\|/g, "\\|")} |`).join("\n")}`,
    ),
    fc.array(sentence, { minLength: 1, maxLength: 3 }).map((notes) => notes.map((s, i) => `[^${i + 1}]: ${s}`).join("\n")),
    sentence.map((s) => `${s}[^1] ${s}`),
    fc.array(sentence, { minLength: 1, maxLength: 6 }).map((items) => items.map((s) => `  • ${s}`).join("\n")),
    fc.array(sentence, { minLength: 1, maxLength: 3 }).map((notes) => notes.map((s, i) => `${"¹²³"[i] ?? "⁴"} ${s}`).join("\n")),
    fc.array(fc.tuple(sentence, sentence), { minLength: 2, maxLength: 8 }).map((rows) => rows.map(([a, b]) => `${a}\t<ul> • ${b}</li>`).join("\n")),
    fc.constantFrom("1. INTRODUCTION\t3", "2.1 The centre.....\t5"),
  );
  const documents = fc.oneof(
    fc.array(block, { maxLength: 25 }).chain((blocks) =>
      fc.array(fc.constantFrom("\n\n", "\n", "\n \n"), { minLength: blocks.length, maxLength: blocks.length }).map((seps) =>
        blocks.map((b, i) => `${b}${seps[i] ?? ""}`).join(""),
      ),
    ),
    fc.string({ unit: "grapheme", maxLength: 2000 }),
  );

  it("keeps every passage valid, within the limit and covered by its source range", () => {
    fc.assert(
      fc.property(documents, (source) => {
        const passages = segmentDocument("doc", source);
        const ids = new Set<string>();
        for (const passage of passages) {
          expect(PassageSchema.safeParse(passage).success).toBe(true);
          expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
          expect(passage.text.trim().length).toBeGreaterThan(0);
          expect(passage.end).toBeLessThanOrEqual(source.length);
          expect(passage.start).toBeLessThan(passage.end);
          const slice = source.slice(passage.start, passage.end);
          for (const w of passage.text.match(/[\p{L}\p{N}]+/gu) ?? []) expect(slice).toContain(w);
          ids.add(passage.id);
        }
        expect(ids.size).toBe(passages.length);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(documents, (source) => {
        expect(segmentDocument("doc", source)).toEqual(segmentDocument("doc", source));
      }),
      { numRuns: 50 },
    );
  });
});
