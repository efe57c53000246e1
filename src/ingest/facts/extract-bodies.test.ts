import { describe, expect, it } from "vitest";
import type { BodyFact, DocumentMeta, Passage } from "../../index-format/index.js";
import { acronymDefinitions, extractBodies } from "./extract-bodies.js";

const meta = (id: string, publisher: string | null = null): DocumentMeta => ({
  id,
  title: `Title of ${id}`,
  publisher,
  authors: [],
  date: null,
  kind: null,
  url: null,
});

function passages(docId: string, ...texts: (string | [string, Passage["kind"]])[]): Passage[] {
  return texts.map((entry, i) => {
    const [text, kind] = typeof entry === "string" ? [entry, "body" as const] : entry;
    return { id: `${docId}#${i}`, docId, kind, sectionPath: [], text, start: 0, end: text.length };
  });
}

function body(facts: BodyFact[], name: string): BodyFact {
  const found = facts.find((f) => f.name === name);
  if (!found) throw new Error(`no body "${name}" among ${facts.map((f) => f.name).join(", ")}`);
  return found;
}

describe("acronymDefinitions", () => {
  it("reads 'Long Form (ABC)' when the letters fit, commas and skipped words included", () => {
    const names = (s: string) => acronymDefinitions(s).map((d) => `${d.name}=${d.acronym}`);
    expect(names("the Department of Health and Social Care (DHSC) leads")).toEqual(["Department of Health and Social Care=DHSC"]);
    expect(names("the UK Health Security Agency (UKHSA), an executive agency")).toEqual(["UK Health Security Agency=UKHSA"]);
    expect(names("the Medicine and Healthcare Products Regulatory Agency (MHRA)")).toEqual(["Medicine and Healthcare Products Regulatory Agency=MHRA"]);
    expect(names("and the Department for Levelling Up, Housing and Communities (DLUHC).")).toEqual([
      "Department for Levelling Up, Housing and Communities=DLUHC",
    ]);
    expect(names("which previously sat with clinical commissioning groups (CCGs).")).toEqual(["clinical commissioning groups=CCGs"]);
    expect(names("day-to-day management sits with NHS England (NHSE), an arm's-length body")).toEqual(["NHS England=NHSE"]);
  });

  it("reads 'ABC (Long Form)' too", () => {
    expect(acronymDefinitions("The CQC (Care Quality Commission) inspects services.").map((d) => d.name)).toEqual(["Care Quality Commission"]);
  });

  it("rejects letters that do not fit and long forms that name no organisation", () => {
    expect(acronymDefinitions("reporting a long-term Musculoskeletal (MSK) problem")).toEqual([]);
    expect(acronymDefinitions("national programmes such as Getting It Right First Time (GIRFT) show")).toEqual([]);
    expect(acronymDefinitions("the plan was agreed by local leaders (CQC) last year")).toEqual([]);
  });
});

describe("extractBodies", () => {
  const docs = [meta("a", "The Health Foundation"), meta("b")];
  const input = [
    ...passages(
      "a",
      "Below the regions sit England’s 42 Integrated Care Systems, bodies which bring together health and care organisations to plan services.",
      "Integrated Care Systems (ICSs) are made up of two statutory bodies – the Integrated Care Board (ICBs) and the Integrated Care Partnership (ICP).",
      "NHS England passes most of its commissioning resources to ICBs who are responsible for the day-to-day running of NHS services.",
      "Day-to-day management of the health service sits with NHS England (NHSE), an arm's-length body. NHSE took on new roles.",
      ["Figure 3: Selected central bodies\nCare Quality Commission (CQC): Regulates health and social care providers", "table"],
      "The Office for Health Improvement and Disparities (OHID) sits within the DHSC and is primarily responsible for improving population health.",
      "This report was written with everyone at the Health Foundation.",
      ["¹³ Phoebe Dunn et al., Integrated Care Systems: What Do They Look Like? (The King's Fund, 2022).", "footnote"],
    ),
    ...passages("b", "Health devolution is happening through 44 new Integrated Care Systems.", "The Greater Manchester Health and Social Care Partnership oversees the project."),
  ];
  const facts = extractBodies(docs, input);

  it("merges singular, plural and acronym forms into one body with aliases", () => {
    const ics = body(facts, "Integrated Care System");
    expect(ics.id).toBe("body:integrated-care-system");
    expect(ics.aliases).toEqual(expect.arrayContaining(["Integrated Care Systems", "ICS", "ICSs"]));
    expect(body(facts, "Integrated Care Board").aliases).toEqual(expect.arrayContaining(["ICB", "ICBs", "Integrated Care Boards"]));
    expect(body(facts, "NHS England").aliases).toEqual(["NHSE"]);
  });

  it("records every passage, in every document, where a name or alias occurs as a word", () => {
    expect(body(facts, "Integrated Care System").mentions).toEqual([
      { docId: "a", passageId: "a#0" },
      { docId: "a", passageId: "a#1" },
      { docId: "a", passageId: "a#7" },
      { docId: "b", passageId: "b#0" },
    ]);
    expect(body(facts, "NHS England").mentions.map((m) => m.passageId)).toEqual(["a#2", "a#3"]);
  });

  it("takes the role from the sentence that says what the body does", () => {
    expect(body(facts, "Integrated Care System").role).toMatch(/^Below the regions sit .*bodies which bring together/);
    expect(body(facts, "Integrated Care Board").role).toMatch(/ICBs who are responsible for the day-to-day running/);
    expect(body(facts, "NHS England").role).toMatch(/NHS England \(NHSE\), an arm's-length body/);
    expect(body(facts, "Office for Health Improvement and Disparities").role).toMatch(/is primarily responsible for improving population health/);
    expect(body(facts, "Care Quality Commission").role).toBe("Regulates health and social care providers");
  });

  it("finds organisation names, publishers and cited publishers; role is null when no sentence gives one", () => {
    expect(body(facts, "Greater Manchester Health and Social Care Partnership").docId).toBe("b");
    expect(body(facts, "Health Foundation").role).toBeNull();
    expect(body(facts, "King's Fund").passageId).toBe("a#7");
    expect(body(facts, "Integrated Care Partnership").role).toBeNull();
  });

  it("quotes verbatim from the passage it cites", () => {
    expect(facts.length).toBeGreaterThan(5);
    for (const fact of facts) expect(input.find((p) => p.id === fact.passageId)?.text).toContain(fact.quote);
  });
});
