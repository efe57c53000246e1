import { describe, expect, it } from "vitest";
import type { BodyFact, DocumentMeta, Fact, NumberFact, RecommendationFact } from "../index-format/index.js";
import { buildAliasTable } from "./alias-table.js";
import { countedThing, countsThing } from "./counted-thing.js";
import { factsForQuestion, questionIntent } from "./facts-for-question.js";
import { figureSentenceTest } from "./figure-question.js";
import { recommendationsMentioning } from "./fact-term-index.js";
import { lookupFacts } from "./lookup-facts.js";
import { conceptsOf } from "./match-concepts.js";
import { namedSources } from "./source-names.js";

// A small fact table written for these tests: two documents that disagree on a count.
const documents: DocumentMeta[] = [
  { id: "thinktank-2024-review", title: "A Review", publisher: "Thinktank", authors: [], date: "2024-03", kind: "report", url: null },
  { id: "bulletin-2019-essays", title: "Essays", publisher: null, authors: [], date: "2019-06", kind: "news", url: null },
];

function body(name: string, aliases: string[], role: string | null, docId = "thinktank-2024-review"): BodyFact {
  const id = `body:${name.toLowerCase().replace(/\W+/g, "-")}`;
  return { type: "body", id, docId, passageId: `${docId}#1`, quote: name, name, aliases, role, mentions: [] };
}

function figure(raw: string, value: number, unit: NumberFact["unit"], measure: string, docId: string, passage: number): NumberFact {
  return { type: "number", id: `number:${docId}#${passage}`, docId, passageId: `${docId}#${passage}`, quote: `${raw} ${measure}`, raw, value, unit, measure, period: null };
}

function recommendation(label: string, text: string): RecommendationFact {
  const docId = "thinktank-2024-review";
  return { type: "recommendation", id: `rec:${label}`, docId, passageId: `${docId}#9`, quote: text, source: "Thinktank — A Review", label, text, section: "Recommendations" };
}

const ics = body("Integrated Care System", ["ICS", "Integrated Care Systems", "ICSs"], "Integrated Care Systems bring together health and care organisations.");
const icb = body("Integrated Care Board", ["ICB", "ICBs"], "ICBs plan and fund NHS services.");
const office = body("Office for Health Improvement and Disparities", ["OHID"], "OHID leads public health policy.");
const facts: Fact[] = [
  ics,
  icb,
  office,
  figure("42", 42, "count", "Integrated Care Systems", "thinktank-2024-review", 2),
  figure("44", 44, "count", "new Integrated Care Systems", "bulletin-2019-essays", 3),
  figure("777", 777, "count", "ICB members in England", "thinktank-2024-review", 4),
  recommendation("Recommendation 1", "Buy out PFI loans from local trusts."),
  recommendation("Recommendation 2", "Give local leaders the power to set health taxes."),
];

describe("counted things", () => {
  it("reads what a how-many question counts, by any name of a body", () => {
    const thing = countedThing("How many ICSs are there in England?", facts);
    expect(thing?.body?.name).toBe("Integrated Care System");
  });

  it("counts a thing only when the measure's noun phrase ends in it", () => {
    const boards = countedThing("How many integrated care boards are there?", facts);
    const members = countedThing("How many ICB members are there?", facts);
    const memberFigure = facts[5] as NumberFact;
    expect(boards && countsThing(memberFigure, boards)).toBe(false);
    expect(members && countsThing(memberFigure, members)).toBe(true);
    // "overflows fitted with …" counts overflows: a participle's phrase is no part of the noun.
    const fitted = figure("15,400", 15400, "count", "number of overflows fitted with Event Duration Monitoring (EDM)", "thinktank-2024-review", 9);
    const overflows = countedThing("How many overflows have monitors?", facts);
    expect(overflows && countsThing(fitted, overflows)).toBe(true);
  });

  it("answers 'what is X's budget?' with a figure for that sum only", () => {
    const bill = figure("£155", 155, "GBP", "average annual bill of OHID", "thinktank-2024-review", 7);
    const budget = figure("£35 million", 35e6, "GBP", "annual budget", "thinktank-2024-review", 8);
    expect(factsForQuestion("What is OHID's annual budget?", [office, bill, budget], documents).facts).toEqual([budget]);
    expect(factsForQuestion("What is OHID's annual budget?", [office, bill], documents).facts).toEqual([]);
  });

  it("answers a proportion with a share stated as 'one in five', not with 'twice'", () => {
    const share = figure("One in five", 0.2, "ratio", "households in England", "bulletin-2019-essays", 5);
    const twice = figure("twice", 2, "ratio", "households in England", "bulletin-2019-essays", 6);
    const found = factsForQuestion("What proportion of households in England struggle?", [share, twice], documents).facts;
    expect(found).toEqual([share]);
  });

  it("accepts a sentence that states a count of the thing, in digits or words", () => {
    const test = figureSentenceTest("How many health plans are there?", facts);
    expect(test?.("Everyone joins one of four competing non-profit health plans.")).toBe(true);
    expect(test?.("Health plans run clinics in 12 cities.")).toBe(false);
  });

  it("asks for a money figure or a percentage after 'how much', and none for other questions", () => {
    const test = figureSentenceTest("How much is the public health grant?", facts);
    expect(test?.("It is currently set at £3.529 billion.")).toBe(true);
    expect(test?.("The grant is ring-fenced.")).toBe(false);
    expect(figureSentenceTest("What does OHID do?", facts)).toBeNull();
  });
});

describe("facts for a question", () => {
  it("answers a count with both documents' values, newest first", () => {
    const { intent, facts: found } = factsForQuestion("How many Integrated Care Systems are there?", facts, documents);
    expect(intent).toBe("count");
    expect(found.map((f) => (f.type === "number" ? f.raw : f.type))).toEqual(["42", "44"]);
  });

  it("answers with where a change ended rather than where it started", () => {
    const quote = "The number of staff working for the agency tripled – from 5,776 to 15,630.";
    const staff = (raw: string, value: number, position: number): NumberFact => ({
      ...figure(raw, value, "staff", "number of staff working for the agency", "thinktank-2024-review", 7),
      id: `number:staff:${position}`,
      quote,
    });
    const { facts: found } = factsForQuestion("How many staff work for the agency?", [staff("5,776", 5776, 0), staff("15,630", 15630, 1)], documents);
    expect(found.map((f) => (f.type === "number" ? f.value : 0))).toEqual([15630, 5776]);
  });

  it("answers with the whole rather than the part in 'N of M'", () => {
    const quote = "39 of 42 Integrated Care Systems in England contain them.";
    const systems = (raw: string, value: number): NumberFact => ({ ...figure(raw, value, "count", "Integrated Care Systems in England", "thinktank-2024-review", 8), id: `number:ics:${raw}`, quote });
    const { facts: found } = factsForQuestion("How many Integrated Care Systems are in England?", [systems("39", 39), systems("42", 42)], documents);
    expect(found.map((f) => (f.type === "number" ? f.value : 0))).toEqual([42, 39]);
    const containing = factsForQuestion("How many Integrated Care Systems contain them?", [systems("39", 39), systems("42", 42)], documents);
    expect(containing.facts.map((f) => (f.type === "number" ? f.value : 0))).toEqual([39, 42]);
  });

  it("does not answer a count of one thing with a count of another", () => {
    const { facts: found } = factsForQuestion("How many integrated care boards are there?", facts, documents);
    expect(found).toEqual([]);
  });

  it("gives a named body's role only when nothing else is asked of it", () => {
    expect(factsForQuestion("What does OHID do?", facts, documents).facts).toEqual([office]);
    expect(factsForQuestion("What do OHID regional directors do?", facts, documents).facts).toEqual([]);
  });

  it("finds the body whose role covers a who-question's topic", () => {
    const { facts: found } = factsForQuestion("Who is responsible for public health policy?", facts, documents);
    expect(found).toEqual([office]);
  });

  it("lists a source's recommendations, narrowed by topic, and none for a topic it never mentions", () => {
    const all = factsForQuestion("What did Thinktank recommend?", facts, documents).facts;
    const onTaxes = factsForQuestion("What did Thinktank recommend on health taxes?", facts, documents).facts;
    const onSchools = factsForQuestion("What did Thinktank recommend on school meals?", facts, documents).facts;
    expect(all).toHaveLength(2);
    expect(onTaxes.map((f) => (f.type === "recommendation" ? f.label : ""))).toEqual(["Recommendation 2"]);
    expect(onSchools).toEqual([]);
  });

  it("lists the recommendations of a source named by its title", () => {
    const titled = [{ ...documents[0]!, title: "Local Power: A Review" }, ...documents.slice(1)];
    const listed = factsForQuestion("What are the Local Power report's recommendations?", facts, titled).facts;
    expect(listed.map((f) => (f.type === "recommendation" ? f.label : ""))).toEqual(["Recommendation 1", "Recommendation 2"]);
  });

  it("reads a word linking a recommendation to its topic as no topic", () => {
    const labels = (question: string) => factsForQuestion(question, facts, documents).facts.map((f) => (f.type === "recommendation" ? f.label : ""));
    expect(labels("Which Thinktank recommendation concerns PFI loans?")).toEqual(["Recommendation 1"]);
    expect(labels("Which Thinktank recommendation relates to health taxes?")).toEqual(["Recommendation 2"]);
  });

  it("reads a verb of advocacy after a subject as a question about recommendations", () => {
    const onTaxes = factsForQuestion("Did Thinktank back health taxes?", facts, documents).facts;
    expect(onTaxes.map((f) => (f.type === "recommendation" ? f.label : ""))).toEqual(["Recommendation 2"]);
    expect(questionIntent("What does the Thinktank propose for budgets?")).toBe("recommendations");
    expect(questionIntent("Would the authors support a local tax?")).toBe("recommendations");
    expect(questionIntent("Does the patient go back to hospital?")).toBe("other");
    expect(questionIntent("How does the council support carers?")).toBe("other");
    expect(questionIntent("Should councils set health taxes?")).toBe("recommendations");
    expect(questionIntent("Which councils should set health taxes?")).toBe("other");
  });

  it("reads 'how much' before a word that is no measure as a question of degree, not of money", () => {
    expect(questionIntent("How much is the public health grant?")).toBe("amount");
    expect(questionIntent("How much power do ICPs have over budgets?")).toBe("other");
  });

  it("reads a question of manner, reason or agent that names money as no request for a sum", () => {
    expect(questionIntent("What is the Better Care Fund budget?")).toBe("amount");
    expect(questionIntent("Greater Manchester health budget")).toBe("amount");
    expect(questionIntent("How big is the health budget?")).toBe("amount");
    expect(questionIntent("How is the new bus money shared out between councils?")).toBe("other");
    expect(questionIntent("Why did health spending rise?")).toBe("other");
  });

  it("picks a recommendation by its ordinal", () => {
    const { facts: found } = factsForQuestion("What is Thinktank's first recommendation?", facts, documents);
    expect(found.map((f) => (f.type === "recommendation" ? f.label : ""))).toEqual(["Recommendation 1"]);
  });

  it("says which recommendations a source makes when asked for one it does not", () => {
    const { facts: found, missingRecommendation } = factsForQuestion("What is Thinktank's fifth recommendation?", facts, documents);
    expect(found).toEqual([]);
    expect(missingRecommendation?.ordinal).toBe(5);
    expect(missingRecommendation?.recommendations.map((f) => f.label)).toEqual(["Recommendation 1", "Recommendation 2"]);
    expect(factsForQuestion("What is Thinktank's first recommendation?", facts, documents).missingRecommendation).toBeNull();
  });

  it("lists a body's recommendations that a source reports under a heading naming it, and says whose they are", () => {
    const committee = body("Environmental Audit Committee", ["EAC"], null, "bulletin-2019-essays");
    const reported = (label: string, text: string): RecommendationFact => ({
      ...recommendation(label, text),
      id: `rec:bulletin:${label}`,
      docId: "bulletin-2019-essays",
      source: "Bulletin — Essays",
      section: "5.1 The Environmental Audit Committee",
    });
    const table: Fact[] = [...facts, committee, reported("Recommendation 1", "Set targets for overflows."), reported("Recommendation 2", "Fund the regulator.")];
    const asked = factsForQuestion("What did the Environmental Audit Committee recommend?", table, documents);
    expect(asked.facts.map((f) => f.id)).toEqual(["rec:bulletin:Recommendation 1", "rec:bulletin:Recommendation 2"]);
    expect(asked.recommendedBy).toBe("Environmental Audit Committee");
    expect(factsForQuestion("What did Thinktank recommend?", table, documents).recommendedBy).toBeNull();
  });
});

describe("recommendations by topic", () => {
  it("reads only the recommendations that hold at least the number of topics asked", () => {
    const labels = (found: readonly RecommendationFact[]) => found.map((fact) => fact.label);
    const concepts = conceptsOf("local health taxes", facts);
    expect(labels(recommendationsMentioning(facts, concepts))).toEqual(["Recommendation 1", "Recommendation 2"]);
    expect(labels(recommendationsMentioning(facts, concepts, 2))).toEqual(["Recommendation 2"]);
    expect(labels(recommendationsMentioning(facts, concepts, 4))).toEqual([]);
  });
});

describe("lookups and aliases", () => {
  it("finds a body and its numbers by acronym, plural or full name alike", () => {
    for (const query of ["ICS", "ICSs", "integrated care systems"]) {
      const found = lookupFacts(facts, documents, { text: query });
      expect(found[0]).toBe(ics);
      expect(found.filter((f) => f.type === "number").map((f) => (f.type === "number" ? f.value : 0))).toEqual([42, 44]);
    }
  });

  it("expands each name of a body to its other names", () => {
    expect(buildAliasTable(facts).get("icb")).toEqual(["Integrated Care Board", "ICBs"]);
  });

  it("reads the documents a question names by publisher or id", () => {
    expect([...namedSources("What did Thinktank say about ICSs?", documents).docIds]).toEqual(["thinktank-2024-review"]);
    expect([...namedSources("What do the bulletin essays say?", documents).docIds]).toEqual(["bulletin-2019-essays"]);
    expect(namedSources("What is an ICS?", documents).docIds.size).toBe(0);
  });
});
