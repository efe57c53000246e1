import { ABSTENTION, composeAnswer, type FactLead, type ScoredPassage } from "../answer/compose-answer.js";
import { MAX_ANSWER_PASSAGES, type Answer, type AskOptions } from "../answer/answer.js";
import { chooseFactLead } from "../answer/choose-fact-lead.js";
import { documentLead } from "../answer/document-lead.js";
import { prescriptiveLead } from "../answer/prescriptive-lead.js";
import {
  buildAliasTable,
  everydaySourceTerms,
  factsForQuestion,
  figureSentenceTest,
  indexFactTerms,
  lookupFacts,
  namedSources,
  type QuestionIntent,
} from "../facts/index.js";
import { analyse, FACT_TYPES, passagesByDocument, sectionLabel, words, type FactType, type Passage } from "../index-format/index.js";
import { buildQuery, type AliasExpansions } from "../search/build-query.js";
import { sentenceTermWeights } from "../search/sentence-term-weights.js";
import { continueSubject, resolveFollowUp } from "../search/follow-up.js";
import { asksSomething, frameQuestion } from "../search/question-frame.js";
import { agentSentenceTest, dateSentenceTest, definedSubject, definitionSentenceTest, identityOfName, ownVoiceSentenceTest, writesOut } from "../search/definition-question.js";
import { rerankPassages } from "../search/rerank-passages.js";
import { speechSentenceTest } from "../search/speech-question.js";
import type { IndexFiles } from "../search/load-index.js";
import { collectInitialisms } from "../search/initialisms.js";
import { createPassageIndex, type PassageTerms } from "../search/passage-index.js";
import { inverseDocumentFrequency, rankPassages, type RankedKind } from "../search/rank-passages.js";
import { isRoster } from "../search/roster.js";
import { correctSpelling, type Lexicon } from "../search/spelling.js";
import { isEnglishWord } from "../search/english-words.js";
import type { Engine, SourceSummary } from "./engine.js";

/**
 * Candidates ranked per question. The real corpus has fewer passages, so all that share a
 * term are ranked; at 1,000× the BM25F best passage was among the top 1,000 by IDF mass for
 * 86% of the eval questions (61% with 300), and ranking 1,000 costs about 5 ms.
 */
const CANDIDATES = 1000;
const FIGURE_INTENTS: ReadonlySet<QuestionIntent> = new Set(["count", "amount", "percentage"]);
const hasDigit = (sentence: string): boolean => /\d/.test(sentence);
/** An acronym of three letters or more, which few word runs spell by chance. */
const ACRONYM_NAME = /^\p{Lu}{3,}s?$/u;
/** Passages read for the words of an acronym the corpus never writes. */
const SPELLED_OUT_DEPTH = 10;
/** Passages read for the way they write what "who is X?" names. */
const IDENTITY_DEPTH = 10;
/** Ranked passages kept beyond the page shown: reranking looks this deep, and a fact's passage is found among them. */
const RANKED_DEPTH = 100;

/**
 * Wires a loaded index into the answer pipeline. Everything per question is pure work on
 * structures built here once: retrieval, ranking, fact lookup, composition.
 */
export function createEngine(files: IndexFiles): Engine {
  const index = createPassageIndex(files);
  const kinds: RankedKind[] = files.passages.map((passage) => (isRoster(passage.text) ? "roster" : passage.kind));
  const termOf: string[] = [];
  for (const [term, id] of index.vocabulary) termOf[id] = term;
  const initialisms = collectInitialisms(
    files.passages.map((passage) => passage.text),
    index.vocabulary,
  );
  const aliases = aliasExpansions(buildAliasTable(files.facts), initialisms);
  indexFactTerms(files.facts);
  const passageById = new Map(
    files.passages.flatMap((passage) => {
      const document = index.documents.get(passage.docId);
      return document ? [[passage.id, { passage, document }] as const] : [];
    }),
  );
  const passagesOf = passagesByDocument(files.passages);
  const everydayTerms = everydaySourceTerms(
    files.documents,
    new Map([...passagesOf].map(([docId, passages]) => [docId, passages.length])),
    (terms) => passagesUsingTerms(files.passages, index.terms, index.vocabulary, terms),
  );
  const numbersRecommendations = new Set(files.facts.flatMap((fact) => (fact.type === "recommendation" ? [fact.docId] : [])));

  const positionOf = new Map(files.passages.map((passage, position) => [passage.id, position]));
  /**
   * A test that a passage, or the one before it in its document, names one of the question's
   * specific names in full, by any of its names ("CQC" or "Care Quality Commission"): "Denmark
   * and Israel" is answered by a passage on either. Footnotes printed between two paragraphs
   * do not come between them. It reads the term ids analysed at load.
   */
  function mentionsNamesTest(names: readonly (readonly string[])[], otherNames: ReadonlyMap<string, readonly string[][]>): (passage: Passage) => boolean {
    const idsOf = (terms: readonly string[]): number[] | null => {
      const ids = terms.map((term) => index.vocabulary.get(term));
      return ids.every((id) => id !== undefined) ? (ids as number[]) : null;
    };
    // Per name, each of its specific terms with the other names that may stand for it.
    const specificNames = names
      .map((terms) =>
        terms.flatMap((term) => {
          const id = index.vocabulary.get(term);
          if (id === undefined) return [];
          if ((index.stats.documentFrequency[id] ?? 0) / index.stats.passageCount > ABSTENTION.specificNameShare) return [];
          const others = (otherNames.get(term) ?? []).map(idsOf).filter((ids): ids is number[] => ids !== null && ids.length > 0);
          return [[[id], ...others]];
        }),
      )
      .filter((specific) => specific.length > 0);
    if (specificNames.length === 0) return () => true;
    return (passage) => {
      const position = positionOf.get(passage.id) ?? -1;
      const own = index.terms[position];
      const before = previousOutsideFootnotes(position);
      const previous = before !== null && files.passages[before]?.docId === passage.docId ? index.terms[before] : undefined;
      const fields = [own?.text, own?.section, previous?.text];
      const holds = (id: number): boolean => fields.some((field) => field?.includes(id));
      return specificNames.some((specific) => specific.every((ways) => ways.some((way) => way.every(holds))));
    };
  }

  function nextInSection(passage: Passage): Passage | null {
    let after = (positionOf.get(passage.id) ?? files.passages.length) + 1;
    while (files.passages[after]?.kind === "footnote") after += 1;
    const next = files.passages[after];
    return next !== undefined && next.docId === passage.docId && next.kind === passage.kind && sectionLabel(next) === sectionLabel(passage) ? next : null;
  }

  /** Position of the passage before `position`, past any footnotes; null at the start. */
  function previousOutsideFootnotes(position: number): number | null {
    let before = position - 1;
    while (before >= 0 && files.passages[before]?.kind === "footnote") before -= 1;
    return before >= 0 ? before : null;
  }

  /**
   * "What does the Health Foundation recommend?", about no topic, of a source whose
   * recommendations are not numbered in the fact table: what its text says should be done.
   */
  function sourceStanceLead(intent: QuestionIntent, docIds: ReadonlySet<string>, aboutSourcesOnly: boolean): FactLead | null {
    const [docId, ...others] = docIds;
    const document = docId === undefined ? undefined : index.documents.get(docId);
    if (intent !== "recommendations" || !aboutSourcesOnly || !document || others.length > 0) return null;
    if (numbersRecommendations.has(document.id)) return null;
    return prescriptiveLead(document, passagesOf.get(document.id) ?? []);
  }

  const lexicon: Lexicon = {
    isEnglish: isEnglishWord,
    passagesUsing: (term) => {
      const id = index.vocabulary.get(term);
      return id === undefined ? 0 : (index.stats.documentFrequency[id] ?? 0);
    },
  };

  function ask(question: string, options: AskOptions = {}): Answer {
    const spelled = correctSpelling(question, lexicon);
    const typed = spelled.text;
    const previous = options.previousQuestion === undefined ? undefined : correctSpelling(options.previousQuestion, lexicon).text;
    // A follow-up that names something new is asked as the previous question about it.
    const resolved = previous === undefined ? null : (resolveFollowUp(typed, previous) ?? continueSubject(typed, previous));
    const framed = frameQuestion(resolved ?? typed);
    const asked = framed.inner;
    // "Reform report: what are its recommendations?" names its source in a remark.
    const sources = namedSources(framed.remarks === "" ? asked : `${framed.remarks} ${asked}`, files.documents, everydayTerms);
    const prepared = buildQuery(asked, index.vocabulary, aliases, {
      previousQuestion: resolved === null ? previous : undefined,
      sourceTerms: sources.terms,
      remarks: framed.remarks,
    });
    const candidates = index.candidates({ text: prepared.searchText, terms: prepared.rank.terms }, CANDIDATES);
    const ranked = rankPassages(prepared.rank, candidates, index.terms, kinds, index.stats);
    const offset = Math.max(0, options.offset ?? 0);
    const firstStage: ScoredPassage[] = [];
    for (const hit of ranked.slice(0, Math.max(RANKED_DEPTH, offset + MAX_ANSWER_PASSAGES))) {
      const passage = files.passages[hit.position];
      const document = passage && index.documents.get(passage.docId);
      if (passage && document) firstStage.push({ passage, document, score: hit.score, coverage: hit.coverage, focus: hit.focus });
    }
    const datedTest = dateSentenceTest(asked);
    const definingTest = definitionSentenceTest(asked, sources.terms);
    // "Who are Water UK?" asks what a name stands for, not for someone else.
    const namesWho = identityOfName(asked, firstStage.slice(0, IDENTITY_DEPTH).map((scored) => scored.passage.text));
    const agentTest = namesWho === null ? agentSentenceTest(asked) : null;
    const scored = rerankPassages(firstStage, {
      namedDocuments: sources.docIds,
      answeringSentence: definingTest ?? datedTest ?? agentTest ?? ownVoiceSentenceTest(asked),
    });
    const termWeights = sentenceTermWeights(
      prepared.rank.terms.map((term) => ({ term: termOf[term.id] ?? "", weight: term.weight * inverseDocumentFrequency(index.stats, term.id) })),
      prepared.otherNames,
    );
    const found = factsForQuestion(asked, files.facts, files.documents, everydayTerms);
    // "When did Greater Manchester take control of its budget?" wants the date, not the budget.
    const matches = datedTest && FIGURE_INTENTS.has(found.intent) ? { ...found, intent: "other" as const } : found;
    const factLead =
      chooseFactLead(matches, scored, index.documents, { acrossSources: framed.acrossSources }) ??
      documentLead(asked, scored, files.documents, sources.docIds, (docId) => passagesOf.get(docId) ?? []) ??
      sourceStanceLead(matches.intent, sources.docIds, prepared.aboutSourcesOnly);
    // A passage that states no date cannot say when; one with no figure of the kind asked cannot say how many.
    // "What did X say about how much…" asks for what X said, whatever figure it holds.
    const answerTypeTest =
      datedTest ?? speechSentenceTest(asked, sources.terms) ?? figureSentenceTest(asked, files.facts) ?? agentTest;
    return composeAnswer({
      question,
      searchedFor: spelled.corrections.length > 0 ? typed : null,
      ranked: factLead ? promote(scored, factLead.passageId, passageById) : scored,
      factLead,
      termWeights,
      signals: {
        // "IVF" is a name the corpus never writes, but a top passage writing "in-vitro fertilisation" names it.
        unknownNames: prepared.unknownNames.filter(
          (name) => !(ACRONYM_NAME.test(name) && firstStage.slice(0, SPELLED_OUT_DEPTH).some((scored) => writesOut(scored.passage.text, name))),
        ),
        unknownShare: prepared.unknownShare,
        onlyNamesKnown: prepared.onlyNamesKnown,
        absentFromSubject: absentWords(namedThing(asked), prepared.unknownTerms),
        namedSources: sources,
        mentionsNames: mentionsNamesTest(
          prepared.knownNames.map((terms) => terms.filter((term) => !sources.terms.has(term))),
          prepared.otherNames,
        ),
      },
      preferSentence: answerTypeTest ?? definingTest ?? (FIGURE_INTENTS.has(matches.intent) ? hasDigit : null),
      answerTypeTest,
      eachSource: framed.eachSource || (sources.docIds.size > 1 && COMPARES_SOURCES.test(asked)),
      nextInSection,
      offset,
    });
  }

  return {
    ask,
    lookupFacts: (query) => {
      const found = lookupFacts(files.facts, files.documents, query);
      if (found.length > 0 || query.text === undefined) return found;
      // "/body care quality comission": a lookup that finds nothing is tried as it was meant.
      const spelled = correctSpelling(query.text, lexicon, { names: true });
      return spelled.corrections.length === 0 ? found : lookupFacts(files.facts, files.documents, { ...query, text: spelled.text });
    },
    sources: (): SourceSummary[] =>
      files.documents.map((document) => ({ document, passages: passagesOf.get(document.id)?.length ?? 0 })),
    factCounts: () => {
      const counts = Object.fromEntries(FACT_TYPES.map((type) => [type, 0])) as Record<FactType, number>;
      for (const fact of files.facts) counts[fact.type] += 1;
      return counts;
    },
  };
}

/**
 * The thing a question asks to have explained, when it is a short name ("the NHS dental
 * contract"); "" for a longer subject, which reads as a question of its own ("the population of
 * the largest integrated care system").
 */
function namedThing(question: string): string {
  // "What is Andy Burnham's favourite football team?" asks about the team, whoever's it is.
  const subject = (definedSubject(question) ?? (isKeywordQuery(question) ? question : "")).replace(POSSESSOR, "");
  return words(subject).length <= MAX_NAMED_THING_WORDS ? subject : "";
}

/** A name owning the thing asked about: "Andy Burnham's …", "the CQC's …". */
const POSSESSOR = /^(?:\p{Lu}[\p{L}\p{N}&.-]*\s+)*\p{Lu}[\p{L}\p{N}&.-]*(?:['’]s|s['’])\s+/u;

/** "nurse vacancy rate england": a few words naming what is wanted, with no question around them. */
function isKeywordQuery(question: string): boolean {
  return !question.includes("?") && !asksSomething(question);
}

const MAX_NAMED_THING_WORDS = 4;

/** Words of `text` that are English but whose terms the corpus never uses ("dental" in "the NHS dental contract"). */
function absentWords(text: string, unknownTerms: readonly string[]): string[] {
  const unknown = new Set(unknownTerms);
  return words(text).filter((word) => analyse(word).some((term) => unknown.has(term)) && isEnglishWord(word));
}

/** With two sources named, these ask for each one's view: "Compare the Health Foundation and Reform". */
const COMPARES_SOURCES = /\b(?:compare[sd]?|comparison|contrast|differ\w*|versus|vs)\b|\bboth\b/i;

/** The fact's own passage goes first, so the lead and the first citation agree. */
function promote(
  scored: readonly ScoredPassage[],
  passageId: string,
  passageById: ReadonlyMap<string, Omit<ScoredPassage, "score" | "coverage" | "focus">>,
): ScoredPassage[] {
  const position = scored.findIndex((item) => item.passage.id === passageId);
  if (position === 0) return [...scored];
  const chosen = scored[position];
  if (chosen) return [chosen, ...scored.slice(0, position), ...scored.slice(position + 1)];
  const found = passageById.get(passageId);
  if (!found) return [...scored];
  const lead = scored[0];
  return [{ ...found, score: lead?.score ?? 0, coverage: lead?.coverage ?? 0, focus: lead?.focus ?? 0 }, ...scored];
}

/**
 * For each of `terms`, the passages of each document whose text uses it: one pass over the
 * corpus's term ids, with the terms looked up by id in an array (engine start-up at 1,000×
 * reads hundreds of millions of ids).
 */
function passagesUsingTerms(
  passages: readonly Passage[],
  passageTerms: readonly PassageTerms[],
  vocabulary: ReadonlyMap<string, number>,
  terms: ReadonlySet<string>,
): Map<string, Map<string, number>> {
  const listed = [...terms].filter((term) => vocabulary.has(term));
  const slotOf = new Int32Array(vocabulary.size).fill(-1);
  listed.forEach((term, slot) => {
    slotOf[vocabulary.get(term) ?? 0] = slot;
  });
  const lastPassage = new Int32Array(listed.length).fill(-1);
  const usage = new Map<string, Map<string, number>>(listed.map((term) => [term, new Map<string, number>()]));
  passages.forEach((passage, position) => {
    for (const id of passageTerms[position]?.text ?? []) {
      const slot = slotOf[id] ?? -1;
      if (slot < 0 || lastPassage[slot] === position) continue;
      lastPassage[slot] = position;
      const counts = usage.get(listed[slot] ?? "");
      counts?.set(passage.docId, (counts.get(passage.docId) ?? 0) + 1);
    }
  });
  return usage;
}

/** Other names of bodies from the fact table; initials of names the corpus spells out where it has no acronym of its own. */
function aliasExpansions(table: ReadonlyMap<string, readonly string[]>, initialisms: ReadonlyMap<string, string>): AliasExpansions {
  const expansions = new Map<string, readonly string[]>();
  for (const [name, others] of table) expansions.set(words(name).join(" "), others);
  for (const [initials, name] of initialisms) if (!expansions.has(initials)) expansions.set(initials, [name]);
  return expansions;
}
