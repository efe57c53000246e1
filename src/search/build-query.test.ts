import { describe, expect, it } from "vitest";
import { analyse } from "../index-format/index.js";
import { buildQuery, EXPANSION_WEIGHT } from "./build-query.js";

const vocabulary = new Map(
  analyse("ideas argued compare models defined devolution elsewhere King's Fund paper explains networks report budgets").map((term, id) => [term, id]),
);
const build = (question: string) => buildQuery(question, vocabulary, new Map());
const weightIn = (question: string, word: string) =>
  build(question).rank.terms.find((term) => term.id === vocabulary.get(analyse(word)[0] ?? ""))?.weight;

describe("buildQuery", () => {
  it("tells a yes-or-no question that asks of a known name only what the corpus never discusses", () => {
    expect(build("Is the King's Fund married?").onlyNamesKnown).toBe(true);
    expect(build("Is the King's Fund paper argued?").onlyNamesKnown).toBe(false);
    expect(build("What does the King's Fund actually do?").onlyNamesKnown).toBe(false);
    expect(build("Is devolution married?").onlyNamesKnown).toBe(false);
  });

  it("weighs a verb that sets the task, opening a sentence, as a kind of answer and not a topic", () => {
    expect(weightIn("Compare the two devolution models", "compare")).toBe(EXPANSION_WEIGHT.answerKind);
    expect(weightIn("Does devolution work? Compare the models", "compare")).toBe(EXPANSION_WEIGHT.answerKind);
    expect(weightIn("How defined is devolution compared with elsewhere?", "compare")).toBe(1);
  });

  it("does not search for 'going to' that marks the future, as it does not for 'will'", () => {
    const going = new Map(analyse("go devolution budgets").map((term, id) => [term, id]));
    const ids = (question: string) => buildQuery(question, going, new Map()).rank.terms.map((term) => term.id);
    expect(ids("Are devolution budgets going to rise?")).toEqual(ids("Will devolution budgets rise?"));
    expect(ids("Where did the budgets go?")).toContain(going.get("go"));
  });

  it("does not search for a verb that reports a stance: the source may put it in any words", () => {
    expect(weightIn("What does the report argue about devolution?", "argued")).toBeUndefined();
    expect(build("What does the report argue about devolution?").unknownShare).toBe(0);
    expect(weightIn("Why was devolution argued for?", "devolution")).toBe(1);
  });

  it("weighs a word for a proposal as a kind of answer: the report's ideas are in its own words", () => {
    expect(weightIn("Localis ideas for devolution budgets", "ideas")).toBe(EXPANSION_WEIGHT.answerKind);
  });

  it("counts unknown topic words, not words for the kind of answer, toward the unknown share", () => {
    expect(build("definition of devolution").unknownShare).toBe(0);
    expect(build("Which article explains devolution budgets?").unknownShare).toBe(0);
    expect(build("How are devolution budgets audited?").unknownShare).toBeCloseTo(1 / 3);
    expect(build("what is it?").unknownShare).toBe(1);
  });

  it("reads the verb of 'what does X stand for / mean' as asking for a meaning, not as a topic", () => {
    expect(build("What does devolution stand for?").unknownShare).toBe(0);
    expect(build("What does devolution mean?").unknownShare).toBe(0);
    expect(build("devolution stands for?").unknownShare).toBe(0);
    expect(build("Where do devolution budgets stand?").unknownShare).toBeCloseTo(1 / 3);
  });

  it("weighs a source's name as the topic when the question is about the source alone", () => {
    const sourceTerms = new Set(analyse("King's Fund"));
    const about = buildQuery("What is the King's Fund?", vocabulary, new Map(), { sourceTerms });
    expect(about.aboutSourcesOnly).toBe(true);
    expect(about.rank.terms.every((term) => term.weight === 1 && term.topical)).toBe(true);
    expect(about.rank.phrases).toHaveLength(1);
    const pointer = buildQuery("What does the King's Fund say about networks?", vocabulary, new Map(), { sourceTerms });
    expect(pointer.aboutSourcesOnly).toBe(false);
    expect(pointer.rank.terms.find((term) => term.id === vocabulary.get("fund"))?.weight).toBe(EXPANSION_WEIGHT.sourceName);
  });

  it("knows a source named only in the documents' metadata, though its text never uses the name", () => {
    const sourceTerms = new Set(analyse("Rail Forum"));
    const named = buildQuery("What did the Rail Forum say about networks?", vocabulary, new Map(), { sourceTerms });
    expect(named.unknownNames).toEqual([]);
    expect(named.unknownShare).toBe(0);
    expect(build("What did the Rail Forum say about networks?").unknownNames).toEqual(["Rail", "Forum"]);
    const offTopic = buildQuery("What did the Rail Forum say about football?", vocabulary, new Map(), { sourceTerms });
    expect(offTopic.unknownShare).toBe(1);
  });

  it("offers a named body's other names, as terms, for each of its terms", () => {
    const aliases = new Map([["cqc", ["Care Quality Commission"]]]);
    expect(buildQuery("Who inspects for the CQC?", vocabulary, aliases).otherNames.get("cqc")).toEqual([["care", "qualiti", "commiss"]]);
  });

  it("reads capitalised words in a row as one name, and a sentence's first word as no name", () => {
    const names = buildQuery("Does devolution work? Compare the King's Fund and Devolution Networks", vocabulary, new Map()).knownNames;
    expect(names).toEqual([analyse("King's Fund"), analyse("Devolution Networks")]);
  });

  it("reads a question's phrases with a named body's other name in its place", () => {
    const local = new Map(analyse("act accountable care organisation ACO").map((term, id) => [term, id]));
    const aliases = new Map([["accountable care organisation", ["ACO"]]]);
    const { phrases } = buildQuery("Who would act as the accountable care organisation?", local, aliases).rank;
    const pair = (a: string, b: string) => [local.get(analyse(a)[0] ?? ""), local.get(analyse(b)[0] ?? "")];
    expect(phrases).toContainEqual(pair("act", "accountable"));
    expect(phrases).toContainEqual(pair("act", "ACO"));
  });

  it("treats a year the corpus never mentions as an unknown name", () => {
    expect(build("devolution budgets for 2030").unknownNames).toEqual(["2030"]);
  });

  it("treats an unknown word in the kind of thing asked for as an unknown name", () => {
    expect(build("Which football networks does devolution support?").unknownNames).toEqual(["football"]);
    expect(build("What does the football report say about networks?").unknownNames).toEqual([]);
    expect(build("What proportion of networks are devolved?").unknownNames).toEqual([]);
    expect(build("What percentage of budgets does devolution cover?").unknownNames).toEqual([]);
  });

  it("reads what a source wants as a kind of answer, not a topic", () => {
    expect(build("What does the paper want for budgets?").unknownShare).toBe(0);
  });

  it("keeps footnotes in play for a question after a cited paper, not for one about what a report says", () => {
    expect(build("Which King's Fund paper explains networks?").rank.wantsSources).toBe(true);
    expect(build("What does the report say about budgets?").rank.wantsSources).toBe(false);
  });
  it("weighs the spelled-out name standing in for a source's initials as naming the source, not as topic", () => {
    const words = new Map(analyse("health foundation devolution").map((term, id) => [term, id]));
    const query = buildQuery("What does the HF say about devolution?", words, new Map([["hf", ["Health Foundation"]]]), { sourceTerms: new Set(["hf"]) });
    const foundation = query.rank.terms.find((term) => term.id === words.get(analyse("foundation")[0] ?? ""));
    expect(foundation).toMatchObject({ weight: EXPANSION_WEIGHT.sourceName, topical: false });
    expect(query.unknownNames).toEqual([]);
  });
});
