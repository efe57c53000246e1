import { describe, expect, it } from "vitest";
import { analyse, type DocumentMeta, type Passage } from "../index-format/index.js";
import { ABSTENTION, bestSentence, composeAnswer, NOT_FOUND_TEXT, type ComposeInput, type FactLead, type ScoredPassage } from "./compose-answer.js";

const reform: DocumentMeta = { id: "reform", title: "Close Enough to Care", publisher: "Reform", authors: [], date: "2024", kind: null, url: null };
const localis: DocumentMeta = { id: "localis", title: "Local empowerment", publisher: "Localis", authors: [], date: null, kind: null, url: null };

function scored(document: DocumentMeta, ordinal: number, text: string, coverage = 0.9): ScoredPassage {
  const passage: Passage = { id: `${document.id}#${ordinal}`, docId: document.id, kind: "body", sectionPath: [], text, start: 0, end: text.length };
  return { passage, document, score: 10 - ordinal, coverage, focus: coverage };
}

function input(question: string, ranked: ScoredPassage[], overrides: Partial<ComposeInput> = {}): ComposeInput {
  return {
    question,
    searchedFor: null,
    ranked,
    factLead: null,
    termWeights: new Map(analyse(question).map((term) => [term, 1])),
    signals: { unknownNames: [], unknownShare: 0, namedSources: { docIds: new Set(), terms: new Set() }, mentionsNames: () => true },
    preferSentence: null,
    answerTypeTest: null,
    ...overrides,
  };
}

const passages = [
  scored(reform, 1, "Introduction. Councils should pool budgets with the NHS. Other text follows here."),
  scored(localis, 2, "Localis calls for business rates discounts."),
];

describe("composeAnswer", () => {
  it("answers with the best sentence of the top passage", () => {
    const answer = composeAnswer(input("Should councils pool budgets?", passages));
    expect(answer.answer).toEqual({ kind: "passage", text: "Councils should pool budgets with the NHS.", passageId: "reform#1" });
    expect(answer.passages.map((p) => p.id)).toEqual(["reform#1", "localis#2"]);
  });

  it("abstains when the best passage matches too little of the question", () => {
    const weak = [scored(reform, 1, "Councils pool budgets.", ABSTENTION.minCoverage - 0.01)];
    const answer = composeAnswer(input("Should councils pool budgets?", weak));
    expect(answer.answer).toEqual({ kind: "none", text: NOT_FOUND_TEXT, passageId: null });
    expect(answer.passages).toHaveLength(1);
  });

  it("abstains when the thing a question asks to have explained has a word the corpus never uses", () => {
    const signals = { unknownNames: [], unknownShare: 0.3, absentFromSubject: ["dental"], namedSources: { docIds: new Set<string>(), terms: new Set<string>() }, mentionsNames: () => true };
    expect(composeAnswer(input("What is the NHS dental contract?", passages, { signals })).answer.kind).toBe("none");
    expect(composeAnswer(input("What is the NHS contract?", passages, { signals: { ...signals, absentFromSubject: [] } })).answer.kind).toBe("passage");
  });

  it("abstains when the question hinges on a name the corpus never uses", () => {
    const answer = composeAnswer(input("How does France pool budgets?", passages, {
      signals: { unknownNames: ["France"], unknownShare: 0.2, namedSources: { docIds: new Set(), terms: new Set() }, mentionsNames: () => true },
    }));
    expect(answer.answer.kind).toBe("none");
  });

  it("answers a question about a named source only from it or a passage citing it, the best of them first", () => {
    const namedSources = { docIds: new Set(["localis"]), terms: new Set(analyse("Localis")) };
    const signals = { unknownNames: [], unknownShare: 0, namedSources, mentionsNames: () => true };
    const offTopic = [passages[0]!, { ...passages[1]!, coverage: 0.1 }];
    expect(composeAnswer(input("What did Localis say about pooled budgets?", offTopic, { signals })).answer.kind).toBe("none");
    expect(composeAnswer(input("What did Localis say about pooled budgets?", passages, { signals })).answer.passageId).toBe("localis#2");
    const citing = [scored(reform, 1, "Localis argues councils should pool budgets."), ...passages];
    expect(composeAnswer(input("What did Localis say about pooled budgets?", citing, { signals })).answer.kind).toBe("passage");
    const own = [passages[1]!, passages[0]!];
    expect(composeAnswer(input("What did Localis say about rates?", own, { signals })).answer.passageId).toBe("localis#2");
  });

  it("abstains when the best passage never names the question's specific subject", () => {
    const signals = {
      unknownNames: [],
      unknownShare: 0,
      namedSources: { docIds: new Set<string>(), terms: new Set<string>() },
      mentionsNames: (passage: Passage) => passage.text.includes("Portugal"),
    };
    expect(composeAnswer(input("How do councils pool budgets in Portugal?", passages, { signals })).answer.kind).toBe("none");
    const about = [scored(reform, 4, "In Portugal, councils pool budgets."), ...passages];
    expect(composeAnswer(input("How do councils pool budgets in Portugal?", about, { signals })).answer.passageId).toBe("reform#4");
  });

  it("abstains on a figure from a passage that never names the question's specific subject", () => {
    const signals = {
      unknownNames: [],
      unknownShare: 0,
      namedSources: { docIds: new Set<string>(), terms: new Set<string>() },
      mentionsNames: (passage: Passage) => passage.text.includes("Ofsted"),
    };
    const spending = [scored(reform, 1, "The department spends £2.3 billion a year on adult skills."), scored(reform, 2, "Ofsted inspects colleges.")];
    const figure = (passageId: string, raw: string): FactLead => ({
      text: `${raw} — “…”`,
      passageId,
      facts: [{ type: "number", id: `number:${passageId}:0`, docId: "reform", passageId, quote: "…", raw, value: 1, unit: "GBP", measure: "spends", period: null }],
    });
    const question = "How much does Ofsted spend on inspections?";
    expect(composeAnswer(input(question, spending, { signals, factLead: figure("reform#1", "£2.3 billion") })).answer.kind).toBe("none");
    const named = [scored(reform, 3, "Ofsted spends £90 million on inspections."), ...spending];
    expect(composeAnswer(input(question, named, { signals, factLead: figure("reform#3", "£90 million") })).answer.kind).toBe("fact");
  });

  it("abstains on a figure question when no top passage states the figure", () => {
    const figureTest = (sentence: string) => /\d/.test(sentence);
    expect(composeAnswer(input("How many councils pool budgets?", passages, { answerTypeTest: figureTest })).answer.kind).toBe("none");
    const withFigure = [...passages, scored(reform, 3, "In 2023, 12 councils pooled budgets.")];
    const answer = composeAnswer(input("How many councils pool budgets?", withFigure, { answerTypeTest: figureTest, preferSentence: figureTest }));
    expect(answer.answer).toMatchObject({ kind: "passage", passageId: "reform#3" });
  });

  it("leads with a fact when there is one, citing its passage", () => {
    const factLead = { text: "42 ICSs", passageId: "reform#1", facts: [] };
    const answer = composeAnswer(input("How many ICSs?", passages, { factLead }));
    expect(answer.answer).toEqual({ kind: "fact", text: "42 ICSs", passageId: "reform#1" });
  });

  it("reads on into the next passage of the section when it opens by pointing back at what the answer named", () => {
    const lead = scored(reform, 1, "Local systems set outcomes. The centre should monitor a few national targets.");
    const next = scored(reform, 2, "These targets should cover healthy life expectancy. They are few.").passage;
    const unrelated = scored(reform, 2, "These bodies grew quickly.").passage;
    const question = "Which national targets should the centre monitor?";
    const read = (following: Passage | null) => composeAnswer(input(question, [lead], { nextInSection: () => following })).answer.text;
    expect(read(next)).toBe("The centre should monitor a few national targets. These targets should cover healthy life expectancy.");
    expect(read(unrelated)).toBe("The centre should monitor a few national targets.");
    expect(read(null)).toBe("The centre should monitor a few national targets.");
    const notLast = scored(reform, 1, "The centre should monitor a few national targets. Local systems set outcomes.");
    expect(composeAnswer(input(question, [notLast], { nextInSection: () => next })).answer.text).toBe("The centre should monitor a few national targets.");
  });
});

describe("composeAnswer for a question about what each source says", () => {
  const question = "What do the reports say about the national tariff?";
  const ranked = [
    scored(reform, 0, "ACOs would be free to move away from the national tariff. Other text."),
    scored(reform, 1, "The national tariff pays hospitals."),
    scored(localis, 2, "Commissioners should move away from the tariff towards capitation."),
  ];

  it("leads with the answering sentence of each source, best source first", () => {
    const answer = composeAnswer({ ...input(question, ranked), eachSource: true });
    expect(answer.answer.text).toBe(
      "Reform — Close Enough to Care: ACOs would be free to move away from the national tariff.\nLocalis — Local empowerment: Commissioners should move away from the tariff towards capitation.",
    );
    expect(answer.answer.passageId).toBe("reform#0");
  });

  it("leaves out a source whose best passage scores under half the top one, and leads as usual with one source", () => {
    const weak = [ranked[0]!, { ...ranked[2]!, score: 4 }];
    expect(composeAnswer({ ...input(question, weak), eachSource: true }).answer.text).toBe("ACOs would be free to move away from the national tariff.");
    expect(composeAnswer(input(question, ranked)).answer.text).toBe("ACOs would be free to move away from the national tariff.");
  });
});

describe("bestSentence", () => {
  it("prefers a sentence the caller's test accepts", () => {
    const text = "Budgets grew fast. Budgets grew to £6bn by 2020.";
    const weights = new Map(analyse("budgets grew").map((term) => [term, 1]));
    expect(bestSentence(text, weights, null)).toEqual({ start: 0, end: 18 });
    expect(bestSentence(text, weights, (sentence) => /\d/.test(sentence))).toEqual({ start: 19, end: text.length });
  });

  it("prefers it only when it matches at least half as much as the best sentence", () => {
    const text = "The Care Quality Commission regulates care. Source: Annual care report, 2023.";
    const weights = new Map(analyse("care quality commission").map((term) => [term, 1]));
    const statesYear = (sentence: string) => /\d{4}/.test(sentence);
    expect(bestSentence(text, weights, statesYear)).toEqual({ start: 0, end: 43 });
    const dated = "The Care Quality Commission regulates care. Care quality fell in 2023.";
    expect(bestSentence(dated, weights, statesYear)).toEqual({ start: 44, end: dated.length });
  });

  it("reads a sentence of the kind asked with the best sentence it answers", () => {
    const text = "Question 1 asked whether councils should audit every bus station. 88 per cent of councils agreed. Some wanted funding.";
    const weights = new Map(analyse("share of councils backing audits of bus stations").map((term) => [term, 1]));
    const percentage = (sentence: string) => /per cent/.test(sentence);
    expect(bestSentence(text, weights, percentage)).toEqual({ start: 0, end: text.indexOf(" Some") });
    const sourced = "Councils should audit every bus station. Source: bus survey, 88 per cent response.";
    expect(bestSentence(sourced, weights, percentage)).toEqual({ start: 0, end: 40 });
  });

  it("reads a sentence ending in a colon with the next, however long the introduction", () => {
    const weights = new Map(analyse("Norman Lamb waiting times").map((term) => [term, 1]));
    const text = "Norman Lamb, Liberal Democrat spokesperson for health and former Minister of State for Care, said:\nWaiting time standards cannot be compromised. Other text.";
    expect(bestSentence(text, weights, null)).toEqual({ start: 0, end: text.indexOf(" Other") });
  });

  it("reads the best sentence with the next when that opens by pointing back at a thing it named", () => {
    const weights = new Map(analyse("devolution deals").map((term) => [term, 1]));
    const text = "Areas should negotiate devolution deals. These deals should give new powers. Other text.";
    expect(bestSentence(text, weights, null)).toEqual({ start: 0, end: text.indexOf(" Other") });
    const other = "Areas should negotiate devolution deals. These powers are new. Other text.";
    expect(bestSentence(other, weights, null)).toEqual({ start: 0, end: other.indexOf(" These") });
  });
});
