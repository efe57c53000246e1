import { describe, expect, it } from "vitest";
import type { BodyFact, DocumentMeta, Passage } from "../../index-format/index.js";
import { acronymDefinitions, createBodyExtractor, extractBodies } from "./extract-bodies.js";

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

describe("extractBodies: names the sentence marks as organisations", () => {
  const names = (...texts: string[]) => extractBodies([meta("a")], passages("a", ...texts)).map((f) => f.name).sort();

  it("ends a name at a comma and leaves out ministerial portfolios", () => {
    expect(names("Kate Arden, Former Director of Public Health, Wigan Council, chairs it.")).toEqual(["Wigan Council"]);
    expect(names("Phil Hope, former Minister of State for Care Services, edited it.")).toEqual([]);
    expect(names("Stephen Dorrell, Chair of NHS Confederation said the report was timely.")).toEqual(["NHS Confederation"]);
    // A comma inside a name is vouched for only by an organisation word at its end.
    expect(names("Source: Department of Health and Social Care, Annual Reports and Accounts, 2023.")).toEqual([]);
  });

  it("reads 'NHS <Name>', '<Name> England' and 'Ministry of <Name>', not NHS documents or regions", () => {
    expect(names("In July 2022, NHSE took on NHS Improvement's role. Health Education England and NHS Digital merged into it.")).toEqual([
      "Health Education England",
      "NHS Digital",
      "NHS Improvement",
    ]);
    expect(names("It followed the disbanding of Public Health England in 2020. The Ministry of Health pays.")).toEqual(["Ministry of Health", "Public Health England"]);
    expect(names("It meets the NHS Long Term Plan and the NHS Mandates across North East England.")).toEqual([]);
  });

  it("reads names listed after 'organisations such as' or 'sponsored by', and before ', publisher of'", () => {
    expect(names("Voluntary organisations such as Action Mental Health and the Samaritans provide many services.")).toEqual(["Action Mental Health", "Samaritans"]);
    expect(names("The essays - also sponsored by Macmillan Cancer Support, New Philanthropy Capital and the trade union Managers in Partnership - cover it.")).toEqual([
      "Macmillan Cancer Support",
      "Managers in Partnership",
      "New Philanthropy Capital",
    ]);
    expect(names("DevoConnect, publisher of the essays, believe that devolution is happening.")).toEqual(["DevoConnect"]);
  });

  it("reads mixed-case acronyms and prefers the long form the initials spell", () => {
    expect(acronymDefinitions("The Department of Health (DoH) sets policy.").map((d) => `${d.name}=${d.acronym}`)).toEqual(["Department of Health=DoH"]);
    expect(acronymDefinitions("The Scottish Social Services Council (SSSC) registers staff.").map((d) => d.name)).toEqual(["Scottish Social Services Council"]);
  });

  it("takes an undefined acronym that spells a body's initials as its alias, and one body per name", () => {
    const facts = extractBodies([meta("a")], passages("a", "This report is about the National Health Service.", "The NHS and local authority commission it.", "NHS England leads."));
    const nhs = body(facts, "National Health Service");
    expect(nhs.aliases).toEqual(["NHS"]);
    // "NHS" inside "NHS England" names NHS England, not the NHS.
    expect(nhs.mentions.map((m) => m.passageId)).toEqual(["a#0", "a#1"]);
  });

  it("takes roles from 'which is responsible', a dash apposition and a defining 'are'", () => {
    const facts = extractBodies(
      [meta("a")],
      passages(
        "a",
        "Its functions sit with the Strategic Planning and Performance Group (SPPG), which is responsible for commissioning services.",
        "Much work of the Greater Manchester Health and Social Care Partnership— the body that oversees the devolution project—is hidden.",
        "Accountable Care Organisations (ACOs) are alliances of care providers that are accountable for costs.",
      ),
    );
    expect(body(facts, "Strategic Planning and Performance Group").role).toMatch(/which is responsible for commissioning/);
    expect(body(facts, "Greater Manchester Health and Social Care Partnership").role).toMatch(/the body that oversees/);
    expect(body(facts, "Accountable Care Organisation").role).toMatch(/are alliances of care providers/);
  });

  it("takes a role from the verb after a name given with its acronym or 'which', whatever the verb", () => {
    const facts = extractBodies(
      [meta("a")],
      passages(
        "a",
        "The Drinking Water Inspectorate (DWI) polices the quality of tap water.",
        "The main regulators are:\n• the Consumer Council for Water (CCW), which represents customers and handles complaints;",
        "The Office for Environmental Protection (OEP), established under the Environment Act 2021, holds public bodies to account.",
        "The Water Industry Commission (WIC) was abolished in 2010.",
      ),
    );
    expect(body(facts, "Drinking Water Inspectorate").role).toMatch(/polices the quality of tap water/);
    expect(body(facts, "Consumer Council for Water").role).toMatch(/^the Consumer Council for Water \(CCW\), which represents customers/);
    expect(body(facts, "Office for Environmental Protection").role).toMatch(/holds public bodies to account/);
    expect(body(facts, "Water Industry Commission").role).toBeNull();
  });
});

describe("createBodyExtractor", () => {
  it("document by document finds the bodies extractBodies finds in all of them, publishers and acronyms included", () => {
    const docs = [meta("a", "The King's Fund"), meta("b", "Reform")];
    const byDocument = [
      passages(
        "a",
        "The Care Quality Commission (CQC) regulates providers.",
        "The King's Fund studies the NHS.",
        ["Integrated Care Boards (ICBs): Plan and fund local services", "table"],
      ),
      passages("b", "Reform and the National Health Service.", "The NHS and the CQC work with NHS England.", ["(Reform, 2019)", "footnote"]),
    ];
    const extractor = createBodyExtractor();
    docs.forEach((document, i) => extractor.add(document, byDocument[i] ?? []));
    const bodies = extractor.finish();
    expect(bodies.length).toBeGreaterThan(3);
    expect(bodies).toEqual(extractBodies(docs, byDocument.flat()));
  });
});
