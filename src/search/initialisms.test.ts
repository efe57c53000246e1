import { describe, expect, it } from "vitest";
import { analyse } from "../index-format/index.js";
import { buildQuery } from "./build-query.js";
import { collectInitialisms } from "./initialisms.js";

const texts = [
  "The partnership draws on Joint Strategic Needs Assessments prepared by the council.",
  "Joint Strategic Needs Assessments are refreshed every year, said the Director of Public Health.",
  "A Joint Steering Network Agreement was signed once and used to plan services.",
  "The Care Quality Commission (CQC) inspects providers.",
];
const vocabulary = new Map(analyse(texts.join(" ")).map((term, id) => [term, id]));

describe("initialisms", () => {
  const table = collectInitialisms(texts, vocabulary);

  it("keys a capitalised name by its initials, joining words skipped, the most written name first", () => {
    expect(table.get("jsna")).toBe("Joint Strategic Needs Assessments");
    expect(table.get("dph")).toBe("Director of Public Health");
  });

  it("leaves out acronyms the corpus uses and two-letter initials of names written seldom", () => {
    expect(table.has("cqc")).toBe(false);
    expect([...table.keys()].every((key) => key.length >= 3)).toBe(true);
  });

  it("keys two letters only by a name written often and far more often than any other with them", () => {
    const manchester = [...Array(5).fill("Greater Manchester pooled its budget."), "Good Medicine was cited once."];
    const terms = new Map(analyse(manchester.join(" ")).map((term, id) => [term, id]));
    expect(collectInitialisms(manchester, terms).get("gm")).toBe("Greater Manchester");
    const close = [...manchester, ...Array(2).fill("General Medical practice varies.")];
    expect(collectInitialisms(close, terms).has("gm")).toBe(false);
    expect(collectInitialisms(manchester.slice(2), terms).has("gm")).toBe(false);
  });

  it("lets the spelled-out name stand in for an acronym the corpus never uses", () => {
    const aliases = new Map([...table].map(([initials, name]) => [initials, [name]]));
    const query = buildQuery("What are JSNAs used for?", vocabulary, aliases);
    expect(query.unknownTerms).toEqual([]);
    expect(query.unknownNames).toEqual([]);
    const weightOf = (word: string) => query.rank.terms.find((term) => term.id === vocabulary.get(analyse(word)[0] ?? ""))?.weight;
    expect(weightOf("strategic")).toBe(1);
    expect(buildQuery("What is the JSNA's purpose?", vocabulary, aliases).unknownNames).toEqual([]);
    const unknown = buildQuery("What are XYZs used for?", vocabulary, aliases);
    expect(unknown.unknownNames).toEqual(["XYZs"]);
  });
});
