import { analyse, sectionLabel, sourceLabel, type DocumentMeta, type Fact, type Passage } from "../index-format/index.js";
import { MAX_ANSWER_PASSAGES, type Answer, type AnswerPassage, type Span } from "./answer.js";
import { sentenceSpans } from "../index-format/index.js";

/** A ranked passage with what the answer needs to cite it. */
export interface ScoredPassage {
  passage: Passage;
  document: DocumentMeta;
  score: number;
  /** Share of the question's weighted IDF mass the passage matches, 0..1. */
  coverage: number;
  /** Share of that mass found together in one sentence-sized window, 0..1. */
  focus: number;
}

/** A lead taken from the fact table: a figure, a body's role, a source's recommendations. */
export interface FactLead {
  text: string;
  passageId: string;
  facts: Fact[];
}

/** Signals about the question itself, for abstention. */
export interface QuestionSignals {
  /** Names the question uses that the corpus never mentions. */
  unknownNames: readonly string[];
  /** Share of the question's own content terms the corpus never uses, 0..1. */
  unknownShare: number;
  /** A yes-or-no question whose names the corpus knows but none of its other topic words ("Is Norman Lamb married?"). */
  onlyNamesKnown?: boolean;
  /**
   * For a question asking what something is, the English words of that thing the corpus
   * never uses: a corpus that never says "dental" cannot say what the NHS dental contract is.
   */
  absentFromSubject?: readonly string[];
  /**
   * The documents the question names by their source ("what did Localis recommend…") and the
   * question's terms that named them; no documents when it names none.
   */
  namedSources: { docIds: ReadonlySet<string>; terms: ReadonlySet<string> };
  /**
   * Whether a passage, read with the one before it, mentions the specific names the question
   * asks about (a place or person few passages name): an answer about Portugal must say Portugal.
   */
  mentionsNames: (passage: Passage) => boolean;
}

export type SentenceTest = (sentence: string) => boolean;

export interface ComposeInput {
  question: string;
  /** The question as searched, when spelling was corrected; null otherwise. */
  searchedFor: string | null;
  /** Best first; at least `offset + MAX_ANSWER_PASSAGES` when that many matched. */
  ranked: readonly ScoredPassage[];
  factLead: FactLead | null;
  /** Stemmed query term → weight × IDF, to pick the answering sentence. */
  termWeights: ReadonlyMap<string, number>;
  signals: QuestionSignals;
  /**
   * Sentences this accepts are preferred as the answer (a question about a figure prefers
   * sentences with one); null when no kind of sentence is preferred.
   */
  preferSentence: SentenceTest | null;
  /**
   * For a question that plainly asks for a figure or a date: whether a sentence gives one of
   * the kind asked. Without a fact lead, the answer must come from a passage with such a sentence.
   */
  answerTypeTest: SentenceTest | null;
  /**
   * The question asks what the sources say ("What do the reports say about…", "Compare the
   * Health Foundation and Reform"): the lead gives the answering sentence of each source among
   * the top passages, not only of the best one.
   */
  eachSource?: boolean;
  /** The passage that follows one in its document and section, past footnotes; null at a section's end. */
  nextInSection?: (passage: Passage) => Passage | null;
  offset?: number;
}

/**
 * When to say "not in the corpus". Calibrated on the project's own question set
 * (tests/eval), never by listing questions: the best passage must match most of what the
 * question asks, the question must not hinge on a name the corpus never uses (nor be answered
 * by a passage that never names its specific subject), and a question about what a named
 * source says is answered from that source or a passage that cites it.
 */
export const ABSTENTION = {
  minCoverage: 0.35,
  /** Half or more of the question's topic words unknown to the corpus: it is about something else. */
  unknownShareToAbstain: 0.5,
  /** A name in at most this share of passages is specific: the answer must mention it. */
  specificNameShare: 0.05,
} as const;

export const NOT_FOUND_TEXT =
  "I couldn't find that in the documents. The passages below may be related, but none answers it.";

/**
 * Builds the Answer: the lead (fact, answering sentence, or an honest "not found"), then
 * the cited passages, best first. Pure.
 *
 * @example composeAnswer({ question: "how many ICSs?", ranked, factLead, termWeights, signals, preferSentence, answerTypeTest })
 */
export function composeAnswer(input: ComposeInput): Answer {
  const offset = input.offset ?? 0;
  const sourced = input.factLead ? input.ranked : fromNamedSourceFirst(input.ranked, input.signals.namedSources);
  const typed = input.answerTypeTest && !input.factLead ? passageOfAnswerType(sourced, input.answerTypeTest, input.termWeights) : null;
  const ranked = typed && typed > 0 ? moveToFront(sourced, typed) : sourced;
  const top = ranked[0];
  const abstain = top === undefined || typed === -1 || shouldAbstain(top, input.signals, input.factLead, ranked);
  const page = ranked.slice(offset, offset + MAX_ANSWER_PASSAGES);
  const passages = page.map((scored) => toAnswerPassage(scored, input));

  if (abstain) {
    return {
      question: input.question,
      searchedFor: input.searchedFor,
      answer: { kind: "none", text: NOT_FOUND_TEXT, passageId: null },
      passages: passages.slice(0, MAX_RELATED_WHEN_NOT_FOUND),
      facts: [],
    };
  }
  if (input.factLead) {
    return {
      question: input.question,
      searchedFor: input.searchedFor,
      answer: { kind: "fact", text: input.factLead.text, passageId: input.factLead.passageId },
      passages,
      facts: input.factLead.facts,
    };
  }
  const lead = passages[0] ?? toAnswerPassage(top, input);
  return {
    question: input.question,
    searchedFor: input.searchedFor,
    answer: { kind: "passage", text: (input.eachSource ? eachSourceLead(page, passages) : null) ?? withContinuation(lead, (page[0] ?? top).passage, input.nextInSection), passageId: lead.id },
    passages,
    facts: [],
  };
}

const MAX_RELATED_WHEN_NOT_FOUND = 3;

/**
 * The answering sentence, and when it ends its passage, the next passage's first sentence if
 * that resumes it ("…national targets." / "These targets should be based on…"): a paragraph
 * break does not end what is being said.
 */
function withContinuation(lead: AnswerPassage, passage: Passage, nextInSection: ComposeInput["nextInSection"]): string {
  const answer = highlighted(lead);
  const span = lead.highlight;
  if (span === null || !ENDS_TEXT.test(lead.text.slice(span.end)) || nextInSection === undefined) return answer;
  const next = nextInSection(passage);
  const first = next === null ? undefined : sentenceSpans(next.text)[0];
  if (next === null || first === undefined) return answer;
  const sentence = next.text.slice(first.start, first.end);
  return resumes(sentence, lead.text.slice(span.start, span.end)) ? `${answer} ${sentence}` : answer;
}

/** What may follow the last sentence of a passage: footnote markers and space. */
const ENDS_TEXT = /^[\s⁰¹²³⁴⁵⁶⁷⁸⁹]*$/;

function highlighted(passage: AnswerPassage): string {
  const span = passage.highlight ?? { start: 0, end: passage.text.length };
  return passage.text.slice(span.start, span.end);
}

/**
 * One line per source among the shown passages, best source first: its name and the
 * answering sentence of its best passage. A source whose best passage scores under
 * `EACH_SOURCE_MIN_SHARE` of the top one only shares words with the question. Null when a
 * single source answers.
 */
function eachSourceLead(page: readonly ScoredPassage[], passages: readonly AnswerPassage[]): string | null {
  const topScore = page[0]?.score ?? 0;
  const lines = new Map<string, string>();
  page.forEach((scored, position) => {
    const shown = passages[position];
    if (!shown || lines.has(scored.passage.docId) || scored.score < topScore * EACH_SOURCE_MIN_SHARE) return;
    lines.set(scored.passage.docId, `${sourceLabel(scored.document)}: ${highlighted(shown)}`);
  });
  return lines.size > 1 ? [...lines.values()].join("\n") : null;
}

const EACH_SOURCE_MIN_SHARE = 0.5;
/**
 * How far down the ranking an answer to a figure or date question is looked for. Few
 * passages state a figure of the kind asked, so the test itself keeps precision
 * ("population of X" ranks passages on "population health" first).
 */
const ANSWER_TYPE_DEPTH = 10;

/** Position of the first of the top passages whose answering sentence the test accepts, or -1. */
function passageOfAnswerType(ranked: readonly ScoredPassage[], test: SentenceTest, termWeights: ReadonlyMap<string, number>): number {
  return ranked.slice(0, ANSWER_TYPE_DEPTH).findIndex(({ passage }) => chooseSentence(passage.text, termWeights, test)?.preferred === true);
}

/**
 * "…according to the Health Foundation?": when the best passage neither comes from a source
 * the question names nor cites it, the best that does (within the answer-type depth) answers.
 */
function fromNamedSourceFirst(ranked: readonly ScoredPassage[], named: QuestionSignals["namedSources"]): readonly ScoredPassage[] {
  const top = ranked[0];
  if (top === undefined || fromNamedSource(top.passage, named)) return ranked;
  const position = ranked.slice(0, ANSWER_TYPE_DEPTH).findIndex((scored) => fromNamedSource(scored.passage, named));
  return position > 0 ? moveToFront(ranked, position) : ranked;
}

function moveToFront<T>(items: readonly T[], position: number): T[] {
  const chosen = items[position];
  return chosen === undefined ? [...items] : [chosen, ...items.slice(0, position), ...items.slice(position + 1)];
}

function shouldAbstain(top: ScoredPassage, signals: QuestionSignals, factLead: FactLead | null, ranked: readonly ScoredPassage[]): boolean {
  if (signals.unknownNames.length > 0) return true;
  if (signals.unknownShare >= ABSTENTION.unknownShareToAbstain || signals.onlyNamesKnown === true) return true;
  if ((signals.absentFromSubject?.length ?? 0) > 0) return true;
  if (factLead) return !figureNamesSubject(factLead, ranked, signals);
  return top.coverage < ABSTENTION.minCoverage || !fromNamedSource(top.passage, signals.namedSources) || !signals.mentionsNames(top.passage);
}

/**
 * A figure answers about what the question names only if its passage names it too: what the
 * DfE spends does not answer "How much does Ofsted spend…?", though "spend" matches. A figure
 * from outside the ranked passages matched every concept asked in what it measures.
 */
function figureNamesSubject(lead: FactLead, ranked: readonly ScoredPassage[], signals: QuestionSignals): boolean {
  if (lead.facts[0]?.type !== "number") return true;
  const passage = ranked.find((scored) => scored.passage.id === lead.passageId)?.passage;
  return passage === undefined || signals.mentionsNames(passage);
}

function fromNamedSource(passage: Passage, named: QuestionSignals["namedSources"]): boolean {
  if (named.docIds.size === 0 || named.docIds.has(passage.docId)) return true;
  const cited = new Set(analyse(passage.text));
  return [...named.terms].every((term) => cited.has(term));
}

function toAnswerPassage(scored: ScoredPassage, input: ComposeInput): AnswerPassage {
  const { passage, document } = scored;
  return {
    id: passage.id,
    docId: passage.docId,
    title: document.title,
    section: sectionLabel(passage),
    text: passage.text,
    score: round(scored.score),
    kind: passage.kind,
    date: document.date,
    url: document.url,
    highlight: bestSentence(passage.text, input.termWeights, input.preferSentence),
  };
}

/**
 * The sentence (or two, when the best one ends in a colon or the next points back at it) that matches
 * the most weighted query terms. A sentence `prefer` accepts is chosen over it when it
 * matches at least half as much ("when…" is answered by a sentence with a date, "how
 * many…" by one with a figure, but not by a source line that only shares a word).
 */
export function bestSentence(text: string, termWeights: ReadonlyMap<string, number>, prefer: SentenceTest | null): Span | null {
  return chooseSentence(text, termWeights, prefer)?.span ?? null;
}

function chooseSentence(text: string, termWeights: ReadonlyMap<string, number>, prefer: SentenceTest | null): { span: Span; preferred: boolean } | null {
  const spans = sentenceSpans(text);
  const scored = spans.map((span) => {
    const sentence = text.slice(span.start, span.end);
    let score = 0;
    for (const term of new Set(analyse(sentence))) score += termWeights.get(term) ?? 0;
    return { span, score, preferred: score > 0 && prefer?.(sentence) === true };
  });
  const top = Math.max(0, ...scored.map((candidate) => candidate.score));
  if (top === 0) return null;
  const bestOf = (candidates: typeof scored) => candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const preferred = scored.filter((candidate) => candidate.preferred && candidate.score >= top * PREFERRED_MIN_SHARE);
  const best = bestOf(preferred.length > 0 ? preferred : scored);
  const next = spans[spans.indexOf(best.span) + 1];
  if (preferred.length === 0 && next && answersSentenceBefore(scored[spans.indexOf(next)], text)) {
    return { span: { start: best.span.start, end: next.end }, preferred: true };
  }
  const bestText = text.slice(best.span.start, best.span.end);
  // A sentence ending in a colon ("…, said:", "three measures:") introduces the answer, not gives it.
  const continued = next !== undefined && (bestText.endsWith(":") || resumes(text.slice(next.start, next.end), bestText));
  const span = continued ? { start: best.span.start, end: next.end } : best.span;
  return { span, preferred: best.preferred };
}

/**
 * "Question 1 asked whether councils should audit every bus station. 88 per cent of councils
 * agreed.": a sentence of the kind asked, sharing a word with the question, that follows the
 * best one answers it, read with it. A labelled line ("Source: Annual care report, 2023")
 * annotates it instead.
 */
function answersSentenceBefore(sentence: { span: Span; preferred: boolean } | undefined, text: string): boolean {
  return sentence?.preferred === true && !LABELLED_LINE.test(text.slice(sentence.span.start, sentence.span.end));
}

const LABELLED_LINE = /^\s*\p{Lu}[\p{L} ]{0,20}:/u;

/**
 * "…a small number of high-level national targets. These targets should be based on…": a
 * sentence that opens by pointing back at a thing the sentence before named says what it is,
 * and is read with it.
 */
function resumes(sentence: string, before: string): boolean {
  const noun = POINTS_BACK.exec(sentence)?.[1];
  if (noun === undefined) return false;
  const [term] = analyse(noun);
  return term !== undefined && analyse(before).includes(term);
}

const POINTS_BACK = /^\s*(?:these|this|those|such)\s+(\p{L}+)/iu;

/** A preferred sentence must match at least this share of what the best-matching sentence does. */
const PREFERRED_MIN_SHARE = 0.5;

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
