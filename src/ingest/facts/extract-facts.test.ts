import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../corpus/index.js";
import type { BodyFact, DocumentMeta, Fact, NumberFact, RecommendationFact } from "../../index-format/index.js";
import { passagesFromText } from "../../../tests/fixtures/facts/passages-from-text.js";
import { segmentDocument } from "../segment-document.js";
import { extractFacts, parseCuratedFacts } from "./extract-facts.js";

const meta = (id: string, date: string | null = "2024"): DocumentMeta => ({
  id,
  title: `Title of ${id}`,
  publisher: "Publisher",
  authors: [],
  date,
  kind: null,
  url: null,
});

const SOURCE = [
  "Care bodies",
  "",
  "Below the regions sit England’s 42 Integrated Care Systems (ICSs), bodies which bring together health and care organisations.",
  "",
  "NHS England passes most of its commissioning resources (£107.8 billion in 2022-23) to Integrated Care Boards (ICBs) who are responsible for NHS services.",
  "",
].join("\n");

function input(source = SOURCE) {
  const documents = [meta("doc")];
  return { documents, passages: passagesFromText("doc", source), sources: new Map([["doc", source]]) };
}

describe("extractFacts", () => {
  it("is deterministic and gives every kind of fact", () => {
    const first = extractFacts(input());
    expect(extractFacts(input())).toEqual(first);
    expect(first.warnings).toEqual([]);
    expect(first.facts.map((f) => f.id)).toEqual([
      "body:integrated-care-board",
      "body:integrated-care-system",
      "body:nhs-england",
      "number:doc#0:0",
      "number:doc#1:0",
    ]);
  });

  it("drops a fact whose quote is not in the source, with a warning naming it", () => {
    const base = input();
    const changed = { ...base, sources: new Map([["doc", SOURCE.replace("42 Integrated", "44 Integrated")]]) };
    const result = extractFacts(changed);
    expect(result.facts.some((f) => f.id === "number:doc#0:0")).toBe(false);
    expect(result.warnings).toContain("facts: number:doc#0:0 dropped: its quote is not found in the source of doc");
  });

  it("applies curated aliases and corrections, and reports a curated quote it cannot find", () => {
    const curated = parseCuratedFacts(`
bodies:
  - name: ICB
    aliases: [Integrated Care Body]
  - name: Nowhere Agency
numbers:
  - doc: doc
    quote: "NHS England passes most of its commissioning resources (£107.8 billion in 2022-23) to Integrated Care Boards (ICBs) who are responsible for NHS services."
    raw: "£107.8 billion"
    value: 107800000000
    unit: GBP
    measure: ICB allocations
  - doc: doc
    quote: "A sentence that no document contains."
    raw: "£1"
    value: 1
    unit: GBP
    measure: nothing
`);
    if (!curated.ok) throw new Error(curated.error.message);
    const result = extractFacts({ ...input(), curated: curated.curated });
    const money = result.facts.find((f): f is NumberFact => f.type === "number" && f.raw === "£107.8 billion");
    expect(money?.measure).toBe("ICB allocations");
    expect(money?.period).toBeNull();
    const icb = result.facts.find((f): f is BodyFact => f.id === "body:integrated-care-board");
    expect(icb?.aliases).toContain("Integrated Care Body");
    expect(result.warnings).toEqual([
      "curated-facts.yml: bodies[1] (Nowhere Agency): not named in any document; skipped",
      "curated-facts.yml: numbers[1] (£1): quote not found in doc; skipped",
    ]);
  });

  it("turns an invalid curated text into warnings naming the entry", () => {
    const result = extractFacts({ ...input(), curatedText: "bodies:\n  - name: NHS England\n    aliases: NHSE\n" });
    expect(result.warnings[0]).toMatch(/^curated-facts\.yml: bodies\[0\] \(NHS England\)\.aliases: /);
    expect(result.facts.length).toBeGreaterThan(0);
  });
});

describe("parseCuratedFacts", () => {
  it("accepts the documented shape and rejects unknown fields and units, naming every entry", () => {
    expect(parseCuratedFacts("bodies:\n  - name: X Agency\n    aliases: [XA]\n")).toEqual({
      ok: true,
      curated: { bodies: [{ name: "X Agency", aliases: ["XA"], role: null }], numbers: [] },
    });
    const bad = parseCuratedFacts("numbers:\n  - doc: d\n    quote: q\n    raw: r\n    value: 1\n    unit: pounds\n    measure: m\n  - doc: d\n");
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.message).toContain("curated-facts.yml: numbers[0] (r).unit:");
    expect(bad.error.message).toContain("curated-facts.yml: numbers[1] (d).quote:");
    expect(parseCuratedFacts("bodies: [").ok).toBe(false);
  });

  it("the corpus's own curated file is valid", () => {
    const text = readFileSync(fileURLToPath(new URL("../../../corpus/curated-facts.yml", import.meta.url)), "utf8");
    expect(parseCuratedFacts(text).ok).toBe(true);
  });
});

describe("extractFacts on a text written for the tests (Welsh health boards)", () => {
  const source = readFileSync(fileURLToPath(new URL("../../../tests/fixtures/facts/welsh-health-boards.txt", import.meta.url)), "utf8");
  const document = { ...meta("wales"), title: "Health boards in Wales: a short review", publisher: "Example Institute" };
  const { facts, warnings } = extractFacts({ documents: [document], passages: segmentDocument("wales", source), sources: new Map([["wales", source]]) });
  const numbers = facts.filter((f): f is NumberFact => f.type === "number");

  it("finds the bodies with their acronyms and roles", () => {
    expect(warnings).toEqual([]);
    const heiw = facts.find((f): f is BodyFact => f.type === "body" && f.aliases.includes("HEIW"));
    expect(heiw?.name).toBe("Health Education and Improvement Wales");
    expect(heiw?.role).toMatch(/is responsible for education, training and workforce planning/);
    const rpb = facts.find((f): f is BodyFact => f.id === "body:regional-partnership-board");
    expect(rpb?.aliases).toEqual(expect.arrayContaining(["RPB", "RPBs"]));
  });

  it("finds the figures and none of the non-figures", () => {
    expect(numbers.map((n) => n.raw)).toEqual([
      "seven", "three", "700,000", "£10.4 billion", "4 per cent", "105,000", "22", "seven", "8.1 per cent", "7.4 per cent", "five-year", "three years", "ten-year",
    ]);
    expect(numbers.find((n) => n.raw === "105,000")).toMatchObject({ unit: "staff", period: "in March 2023" });
    expect(numbers.find((n) => n.raw === "8.1 per cent")).toMatchObject({ measure: "share of spending on primary care", period: "between 2015 and 2022" });
  });

  it("finds the three bulleted recommendations", () => {
    const recommendations = facts.filter((f): f is RecommendationFact => f.type === "recommendation");
    expect(recommendations.map((r) => r.label)).toEqual(["Recommendation 1", "Recommendation 2", "Recommendation 3"]);
    expect(recommendations[2]?.text).toBe("HEIW should publish a ten-year workforce plan by 2026.");
  });
});

describe("extractFacts on the corpus", () => {
  let facts: Fact[] = [];
  let warnings: string[] = [];
  beforeAll(async () => {
    const read = await readCorpus(fileURLToPath(new URL("../../../corpus", import.meta.url)));
    if (!read.ok) throw new Error(read.error.message);
    const docs = read.corpus.documents;
    ({ facts, warnings } = extractFacts({
      documents: docs.map((d) => d.meta),
      passages: docs.flatMap((d) => segmentDocument(d.meta.id, d.source)),
      sources: new Map(docs.map((d) => [d.meta.id, d.source])),
      ...(read.corpus.curatedFacts === null ? {} : { curatedText: read.corpus.curatedFacts }),
    }));
  });
  const number = (raw: string) => facts.find((f): f is NumberFact => f.type === "number" && f.raw === raw);
  const body = (id: string) => facts.find((f): f is BodyFact => f.id === id);
  const recommendation = (id: string) => facts.find((f): f is RecommendationFact => f.id === id);

  it("gives OHID its role and merges NHS England with NHSE", () => {
    expect(body("body:office-for-health-improvement-and-disparities")?.role).toMatch(/primarily responsible for improving population health/);
    expect(body("body:nhs-england")?.aliases).toContain("NHSE");
    expect(body("body:department-of-health-and-social-care")?.aliases).toEqual(expect.arrayContaining(["DHSC", "Department for Health and Social Care"]));
  });

  it("reads 42 ICSs, 777 ICB members and £107.8 billion in 2022-23", () => {
    expect(number("42")?.measure).toBe("Integrated Care Systems");
    expect(number("777")?.measure).toMatch(/^ICB members/);
    expect(number("£107.8 billion")).toMatchObject({ period: "2022-23", docId: "reform-2024-close-enough-to-care" });
  });

  it("reads Reform's numbered recommendations, Localis's recommending sentence and its fourteen bullets", () => {
    expect(recommendation("rec:reform-2024-close-enough-to-care:recommendation-1")?.text).toMatch(/^The Government should commit to phasing out NHS England/);
    const localis = facts.filter((f): f is RecommendationFact => f.type === "recommendation" && f.docId === "localis-local-empowerment");
    expect(localis).toHaveLength(15);
    expect(localis[0]?.text).toBe("local areas should negotiate health devolution deals directly with the Government.");
    expect(localis.filter((r) => /\bPFI\b/.test(r.text)).map((r) => r.label)).toEqual(["Recommendation 10"]);
  });

  it("keeps different counts of Integrated Care Systems from different documents, each with its citation", () => {
    const counts = facts.filter((f): f is NumberFact => f.type === "number" && f.unit === "count" && /^(?:Integrated Care Systems|new Integrated Care Systems)$/.test(f.measure));
    expect(counts.map((f) => [f.raw, f.docId, f.period])).toEqual([
      ["44", "devoconnect-2019-essays", null],
      ["42", "reform-2024-close-enough-to-care", null],
    ]);
  });

  it("keeps the figure whose sentence a page break cut, quoted across the footnotes printed inside it", () => {
    const shropshire = number("500,000");
    expect(shropshire).toMatchObject({ unit: "people", measure: "overall population size" });
    expect(shropshire?.quote).toMatch(/within their area and their overall population size \(500,000 in Shropshire/);
    expect(warnings).toEqual([]);
  });

  it("applies the corpus's curated correction of what £3.529 billion measures", () => {
    expect(number("£3.529 billion")?.measure).toBe("ring-fenced public health grant");
  });

  it("keeps no fact from footnotes or bibliography, and warns about little", () => {
    expect(facts.filter((f) => f.type === "number" && /^\d{4}$/.test(f.raw))).toEqual([]);
    expect(number("1103739")).toBeUndefined();
    expect(warnings.length).toBeLessThan(5);
  });
});
