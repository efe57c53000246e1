import { describe, expect, it } from "vitest";
import type { DocumentMeta, Passage } from "../../index-format/index.js";
import { extractRecommendations } from "./extract-recommendations.js";

const doc: DocumentMeta = {
  id: "think",
  title: "Closer Care: A new structure",
  publisher: "Think Tank (sponsored by a firm)",
  authors: [],
  date: "2024",
  kind: null,
  url: null,
};

function passage(ordinal: number, text: string, sectionPath: string[] = [], kind: Passage["kind"] = "body"): Passage {
  return { id: `think#${ordinal}`, docId: "think", kind, sectionPath, text, start: 0, end: text.length };
}

describe("extractRecommendations", () => {
  it("reads numbered recommendations once, labelled as written, with source and section", () => {
    const facts = extractRecommendations(
      [doc],
      [
        passage(0, "Recommendation 1: The Government should phase out the agency.\nRecommendation 2: Councils should hold budgets.", ["Recommendations"]),
        passage(1, "Recommendation 1: The Government should phase out the agency.", ["4. Making change happen"]),
      ],
    );
    expect(facts.map((f) => [f.id, f.label, f.text, f.section, f.passageId])).toEqual([
      ["rec:think:recommendation-1", "Recommendation 1", "The Government should phase out the agency.", "Recommendations", "think#0"],
      ["rec:think:recommendation-2", "Recommendation 2", "Councils should hold budgets.", "Recommendations", "think#0"],
    ]);
    expect(facts[0]?.source).toBe("Think Tank — Closer Care");
  });

  it("reads a recommendation set as a heading, quoting the first sentence under it", () => {
    const facts = extractRecommendations(
      [doc],
      [
        passage(0, "Mayors should control rail budgets. They know local needs.", ["Recommendations", "Recommendation 1: Devolve rail budgets"]),
        passage(1, "More on rail budgets.", ["Recommendations", "Recommendation 1: Devolve rail budgets"]),
        passage(2, "The department should publish a timetable.\nIt should do so by 2025.", ["Recommendations", "Recommendation 2"]),
      ],
    );
    expect(facts.map((f) => [f.label, f.text, f.quote, f.section, f.passageId])).toEqual([
      ["Recommendation 1", "Devolve rail budgets", "Mayors should control rail budgets.", "Recommendations", "think#0"],
      ["Recommendation 2", "The department should publish a timetable.", "The department should publish a timetable.", "Recommendations", "think#2"],
    ]);
  });

  it("reads the list under a recommendations heading, and no list elsewhere", () => {
    const facts = extractRecommendations(
      [doc],
      [
        passage(0, "1. Colleges train adults.\n2. Funding fell.", ["Background"]),
        passage(1, "1. The department should give every area one budget.\n2. Ministers should restore funding.", ["Recommendations"]),
        passage(2, "- Inspectors should check local needs.", ["5. Our recommendations", "For regulators"]),
      ],
    );
    expect(facts.map((f) => [f.label, f.text, f.section])).toEqual([
      ["Recommendation 1", "The department should give every area one budget.", "Recommendations"],
      ["Recommendation 2", "Ministers should restore funding.", "Recommendations"],
      ["Recommendation 3", "Inspectors should check local needs.", "5. Our recommendations › For regulators"],
    ]);
  });

  it("reads bullets after 'we recommend that:', across groups, counting on after numbered ones", () => {
    const facts = extractRecommendations(
      [doc],
      [
        passage(0, "Recommendation 1: Devolve budgets."),
        passage(1, "Greater financial control would help. To drive this, we recommend that:\n• CCGs should be given five-year budgets.\n• Commissioners should move to capitation."),
        passage(2, "This paragraph is not a list.\n• A stray bullet is not a recommendation."),
        passage(3, "Revenue powers matter. To support this, we also recommend that:"),
        passage(4, "• Local areas should set the precept."),
      ],
    );
    expect(facts.map((f) => [f.label, f.text, f.section])).toEqual([
      ["Recommendation 1", "Devolve budgets.", "Recommendations"],
      ["Recommendation 2", "CCGs should be given five-year budgets.", "Greater financial control would help."],
      ["Recommendation 3", "Commissioners should move to capitation.", "Greater financial control would help."],
      ["Recommendation 4", "Local areas should set the precept.", "Revenue powers matter."],
    ]);
  });

  it("ignores footnotes and plain 'should' sentences", () => {
    const facts = extractRecommendations(
      [doc],
      [passage(0, "Local government should be free to decide.\n• It should also be funded."), passage(1, "Recommendation 3: in a footnote.", [], "footnote")],
    );
    expect(facts).toEqual([]);
  });
});

describe("extractRecommendations: sentences in which the document recommends", () => {
  it("reads the clause after 'The publication … recommends that', numbered with the bullets, and not another body's advice", () => {
    const facts = extractRecommendations(
      [doc],
      [
        passage(0, "The publication, sponsored by a firm, recommends that local areas should negotiate deals. As part of these deals, we recommend that:\n• Budgets should be devolved.", ["Summary"]),
        passage(1, "NICE recommends that patients receive statins. We also recommend that councils publish their plans."),
      ],
    );
    expect(facts.map((f) => [f.label, f.text, f.section])).toEqual([
      ["Recommendation 1", "local areas should negotiate deals.", "Summary"],
      ["Recommendation 2", "Budgets should be devolved.", "The publication, sponsored by a firm, recommends that local areas should negotiate deals."],
      ["Recommendation 3", "councils publish their plans.", "Recommendations"],
    ]);
  });
});
