import { describe, expect, it } from "vitest";
import { analyse } from "../index-format/index.js";
import { agentSentenceTest, dateSentenceTest, definedSubject, definitionSentenceTest, identityOfName, ownVoiceSentenceTest, writesOut } from "./definition-question.js";
import type { CorpusStats, PassageTerms } from "./passage-index.js";
import { rankPassages, type RankedKind, type RankQuery } from "./rank-passages.js";
import { rerankPassages } from "./rerank-passages.js";

/** A tiny golden set: passages as text, analysed the way the index analyses them. */
function corpus(passages: { text: string; section?: string; kind?: RankedKind }[]) {
  const vocabulary = new Map<string, number>();
  const ids = (text: string) => Int32Array.from(analyse(text).map((term) => vocabulary.get(term) ?? vocabulary.set(term, vocabulary.size).get(term)!));
  const terms: PassageTerms[] = passages.map((p) => ({ text: ids(p.text), section: ids(p.section ?? ""), title: ids("") }));
  const documentFrequency = new Int32Array(vocabulary.size);
  for (const fields of terms) for (const id of new Set([...fields.text, ...fields.section])) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const mean = (pick: (t: PassageTerms) => Int32Array) => terms.reduce((sum, t) => sum + pick(t).length, 0) / terms.length;
  const stats: CorpusStats = {
    passageCount: passages.length,
    documentFrequency,
    averageLength: { text: mean((t) => t.text), section: mean((t) => t.section), title: 0 },
  };
  const query = (question: string, wantsSources = false, wantsPeople = false): RankQuery => ({
    terms: analyse(question).flatMap((term) => {
      const id = vocabulary.get(term);
      return id === undefined ? [] : [{ id, weight: 1, topical: true }];
    }),
    phrases: [],
    wantsSources,
    wantsPeople,
  });
  const ranked = (question: string, wantsSources = false, wantsPeople = false) =>
    rankPassages(query(question, wantsSources, wantsPeople), passages.map((_, i) => i), terms, passages.map((p) => p.kind ?? "body"), stats);
  const rank = (question: string, wantsSources = false, wantsPeople = false) => ranked(question, wantsSources, wantsPeople).map((r) => r.position);
  /** Scores with and without the question's adjacent pairs as phrases, by position. */
  const phraseGain = (question: string): number[] => {
    const plain = query(question);
    const ids = plain.terms.map((term) => term.id);
    const withPhrases: RankQuery = { ...plain, phrases: ids.slice(1).map((id, i) => [ids[i] ?? -1, id] as const) };
    const score = (q: RankQuery) => {
      const results = rankPassages(q, passages.map((_, i) => i), terms, passages.map((p) => p.kind ?? "body"), stats);
      return passages.map((_, i) => results.find((r) => r.position === i)?.score ?? 0);
    };
    const without = score(plain);
    return score(withPhrases).map((value, i) => value - (without[i] ?? 0));
  };
  return { rank, ranked, phraseGain };
}

describe("rankPassages", () => {
  it("puts the passage that says the question in one place above one that scatters its words", () => {
    const { rank } = corpus([
      { text: "Budgets were set. Much later, and for other reasons, the council discussed the pooled plans of the region." },
      { text: "The council pooled budgets with the NHS in 2016." },
      { text: "Unrelated text about hospitals." },
    ]);
    expect(rank("council pooled budgets")[0]).toBe(1);
  });

  it("demotes footnotes and bibliography unless the question asks for a source", () => {
    const { rank } = corpus([
      { text: "¹ Integrated care systems, report, 2022.", kind: "footnote" },
      { text: "Integrated care systems plan services for their area." },
      { text: "Other words entirely." },
    ]);
    expect(rank("integrated care systems")[0]).toBe(1);
    expect(rank("integrated care systems", true)[0]).toBe(0);
  });

  it("demotes a roster of people unless the question asks who", () => {
    const { rank } = corpus([
      { text: "Professor Ann Lee, Director of Public Health, Leeds Council\nDr Bo Kim, Director of Public Health, York Council", kind: "roster" },
      { text: "Directors of public health advise councils." },
      { text: "Other words entirely." },
    ]);
    expect(rank("director public health")[0]).toBe(1);
    expect(rank("director public health leeds", false, true)[0]).toBe(0);
  });

  it("ranks a passage whose heading names the subject above a passing mention", () => {
    const { rank } = corpus([
      { text: "Many bodies exist, among them the commissioning support units and more.", section: "Other national bodies" },
      { text: "They buy services on behalf of several boards.", section: "Commissioning support units" },
      { text: "Nothing relevant here.", section: "Hospital trusts" },
    ]);
    expect(rank("commissioning support units")[0]).toBe(1);
  });

  it("gives a phrase held by the heading half the bonus of one held by the text", () => {
    const { phraseGain } = corpus([
      { text: "The benefits of devolution are debated.", section: "Other matters" },
      { text: "Devolution has costs; it also has benefits.", section: "The benefits of devolution" },
      { text: "Devolution, if at all, comes after the benefits.", section: "Other matters" },
    ]);
    const [inText = 0, inHeading = 0, apart = 0] = phraseGain("benefits of devolution");
    expect(inText).toBeGreaterThan(0);
    expect(inHeading).toBeCloseTo(inText / 2);
    expect(apart).toBe(0);
  });

  it("reports coverage as the share of the question matched, and drops passages that match nothing", () => {
    const { ranked } = corpus([{ text: "alpha beta" }, { text: "alpha" }, { text: "gamma" }, { text: "delta" }]);
    const results = ranked("alpha beta");
    expect(results.map((r) => r.position)).toEqual([0, 1]);
    expect(results[0]?.coverage).toBeCloseTo(1);
    expect(results[1]?.coverage).toBeGreaterThan(0);
    expect(results[1]?.coverage).toBeLessThan(1);
  });
});

describe("definition questions", () => {
  const test = definitionSentenceTest("definition of devolution");
  it("accepts a sentence that opens with the subject and a defining cue", () => {
    expect(test?.("‘Devolution’ – the transfer of power from a higher to a lower level of government – is on the agenda.")).toBe(true);
    expect(test?.("Devolution is the transfer of power to local government.")).toBe(true);
    const overflows = definitionSentenceTest("What are storm overflows?");
    expect(overflows?.("Storm overflows act as relief valves when the sewers are full.")).toBe(true);
    expect(overflows?.("The Storm Overflows Discharge Reduction Plan was published in 2022.")).toBe(false);
  });
  it("accepts a gloss that follows the term mid-sentence, not a passing use", () => {
    const delegation = definitionSentenceTest("definition of delegation");
    expect(delegation?.("It means the role of ICSs amounts to a form of delegation – “the transfer of decision-making” – rather than devolution.")).toBe(true);
    expect(delegation?.("In both instances, regions may delegate functions to lower tiers of government (municipalities).")).toBe(false);
    expect(delegation?.("Funding decisions taken nationally for the delegation are reviewed.")).toBe(false);
    const authority = definitionSentenceTest("What is a combined authority?");
    expect(authority?.("The case is clear – combined authorities are the main vehicle for devolution.")).toBe(true);
    expect(authority?.("The case for more powers for large combined authorities is being made.")).toBe(false);
    const cofinancing = definitionSentenceTest("What is co-financing?");
    expect(cofinancing?.("A system of municipal co-financing, where municipalities pay a share of hospital costs, was introduced.")).toBe(true);
    expect(cofinancing?.("Research on co-financing, which is limited, is optimistic.")).toBe(false);
    const scale = definitionSentenceTest("What is the fantasy of optimum scale?");
    expect(scale?.("Decision makers should be aware of 'the fantasy of optimum scale' – attempting to find the ideal scale.")).toBe(true);
    expect(scale?.("The fantasy of scale aside, optimum budgets – and others – matter.")).toBe(false);
  });
  it("accepts a sentence that opens with the term in quotation marks, not a quoted mention later on", () => {
    const collaboratives = definitionSentenceTest("What are provider collaboratives?");
    expect(collaboratives?.("'Provider collaboratives' bring together NHS trusts to work at scale.")).toBe(true);
    expect(collaboratives?.("First, they involve a provider or group of providers that collaborate.")).toBe(false);
    expect(definitionSentenceTest("What is the fantasy of optimum scale?")?.("Earlier, this paper argued that decision makers should avoid the ‘fantasy of the optimum scale’, instead.")).toBe(false);
  });
  it("accepts a sentence that spells out an acronym asked about", () => {
    const acronym = definitionSentenceTest("What is GIRFT?");
    expect(acronym?.("Existing programmes such as Getting It Right First Time (GIRFT) show the potential.")).toBe(true);
    expect(acronym?.("GIRFT teams support trusts.")).toBe(false);
    const mixedCase = definitionSentenceTest("What is TfN?");
    expect(mixedCase?.("Transport for the North (TfN) is the statutory transport body for the North.")).toBe(true);
    expect(mixedCase?.("TfN's board includes elected leaders.")).toBe(false);
    expect(definitionSentenceTest("What are ICBs?")?.("They are called Integrated Care Boards (ICBs).")).toBe(true);
    expect(definitionSentenceTest("What is the DHSC?")?.("the Department of Health and Social Care (DHSC) holds it")).toBe(true);
    expect(definitionSentenceTest("What is NHSE?")?.("Regional teams of Other Big Bodies (NHSE) exist.")).toBe(false);
    const plural = definitionSentenceTest("what does DsPH stand for");
    expect(plural?.("These duties are overseen by local Directors of Public Health (DsPH) who are chief officers.")).toBe(true);
    expect(plural?.("DsPH have a range of statutory responsibilities.")).toBe(false);
    expect(definitionSentenceTest("ACO stand for?")?.("Accountable Care Organisations (ACOs) are alliances of care providers.")).toBe(true);
    expect(definitionSentenceTest("GIRFT means?")).not.toBeNull();
    expect(definitionSentenceTest("GIRFT means?")?.("Programmes such as Getting It Right First Time (GIRFT) show it.")).toBe(true);
    expect(definitionSentenceTest("GIRFT means?")?.("GIRFT teams support trusts.")).toBe(false);
    expect(definitionSentenceTest("ACOs share savings")).toBeNull();
    expect(definedSubject("What is the junior doctors' strike about?")).toBe("junior doctors' strike");
    expect(writesOut("such as human embryo, in-vitro fertilisation and donor insemination clinics", "IVF")).toBe(true);
    expect(writesOut("the Department of Health and Social Care", "DHSC")).toBe(true);
    expect(writesOut("in vitro studies of fertility", "IVF")).toBe(false);
    expect(writesOut("in the very first", "IVF")).toBe(true);
    expect(writesOut("in the vitro", "IVF")).toBe(false);
    expect(writesOut("integrated care", "IC")).toBe(false);
    expect(definedSubject("What are the reports all about?")).toBe("reports");
  });
  it("rejects a passing mention and ignores other questions", () => {
    expect(test?.("Interest in the deals grew after devolution was announced.")).toBe(false);
    expect(test?.("Devolution is being seen as a potential catalyst for change.")).toBe(false);
    expect(test?.("Devolution is highly undefined in England.")).toBe(false);
    expect(definitionSentenceTest("How many deals were agreed?")).toBeNull();
  });

  it("rejects a dash that opens another clause, a subject that is something of the term, and a quoted modifier", () => {
    expect(test?.("Fiscal devolution is not a precondition for health devolution – in both Spain and Italy, taxes are central.")).toBe(false);
    expect(test?.("If health devolution is to become the norm, governance must change.")).toBe(false);
    expect(test?.("The logic of devolution is that smaller entities are more agile.")).toBe(false);
    expect(test?.("This health 'devolution' agreement gave the Partnership control.")).toBe(false);
    expect(test?.("‘Devolution’ – the transfer of power to a lower level of government – is high on the agenda.")).toBe(true);
  });
});

describe("date questions", () => {
  it("accepts a sentence with a year or a month for a question asking when", () => {
    const test = dateSentenceTest("When did the Greater Manchester deal start?");
    expect(test?.("The deal began in April 2016.")).toBe(true);
    expect(test?.("The deal began with a bold vision.")).toBe(false);
    expect(dateSentenceTest("In what year was the act passed?")?.("It was passed in 2022.")).toBe(true);
    expect(dateSentenceTest("What did the deal change?")).toBeNull();
  });
});

describe("who questions", () => {
  it("accepts a sentence that names someone the question does not", () => {
    const test = agentSentenceTest("Who keeps the savings in the Reform model?");
    expect(test?.("In England, combined authorities would keep savings, as the ACO.")).toBe(true);
    expect(test?.("They can keep the savings to spend how they wish.")).toBe(false);
    expect(test?.("Savings stay with Reform.")).toBe(false);
    expect(test?.("Savings stay with the Greater Manchester partnership.")).toBe(true);
    expect(agentSentenceTest("Which body oversees the deal?")?.("The Partnership oversees it.")).toBe(true);
    expect(agentSentenceTest("What did the deal change?")).toBeNull();
    expect(agentSentenceTest("Who took over from clinical commissioning groups?")?.("ICSs have taken on their functions.")).toBe(true);
  });

  it("reads 'who is X?' of a name the passages write as one as asking what X is, typed in any case", () => {
    const passages = ["The industry body Water UK welcomed the decision.", "The current Prime Minister spoke."];
    expect(identityOfName("who are water uk", passages)).toBe("water uk");
    expect(identityOfName("Who is the current Prime Minister?", passages)).toBeNull();
    expect(identityOfName("Who keeps the savings in the Reform model?", passages)).toBeNull();
  });
});

describe("questions about what a source proposes", () => {
  it("accepts a sentence in the document's own voice, not a report of someone else's", () => {
    const test = ownVoiceSentenceTest("What two models does Reform propose?");
    expect(test?.("This paper presents two options for devolution.")).toBe(true);
    expect(test?.("We recommend that budgets are pooled.")).toBe(true);
    expect(test?.("Two models have been tried elsewhere.")).toBe(false);
    expect(test?.("The minister said: “This report is a welcome contribution.”")).toBe(false);
    expect(ownVoiceSentenceTest("How many models are there?")).toBeNull();
  });

  it("favours sentences saying what should be done when the question asks what a source recommends", () => {
    const test = ownVoiceSentenceTest("What did Reform recommend about NHS England?");
    expect(test?.("The Government should commit to phasing out NHS England.")).toBe(true);
    expect(test?.("This paper is part of a wider work stream on NHS England.")).toBe(false);
    expect(test?.("“NHS England must go,” said the minister.")).toBe(false);
    const wants = ownVoiceSentenceTest("Does Reform want inspection handed to the regions?");
    expect(wants?.("A national approach to inspection should be retained.")).toBe(true);
    expect(wants?.("Inspection is run nationally.")).toBe(false);
  });
});

describe("rerankPassages", () => {
  const ranked = [
    { passage: { docId: "a", text: "Plain mention of devolution here." }, score: 10 },
    { passage: { docId: "b", text: "Devolution is the transfer of power." }, score: 8 },
  ];
  it("favours a defining sentence and a named source, keeping order otherwise", () => {
    expect(rerankPassages(ranked, { namedDocuments: new Set(), answeringSentence: null }).map((r) => r.passage.docId)).toEqual(["a", "b"]);
    const defining = definitionSentenceTest("what is devolution?");
    expect(rerankPassages(ranked, { namedDocuments: new Set(), answeringSentence: defining }).map((r) => r.passage.docId)).toEqual(["b", "a"]);
    expect(rerankPassages(ranked, { namedDocuments: new Set(["b"]), answeringSentence: null }).map((r) => r.passage.docId)).toEqual(["b", "a"]);
  });
});
