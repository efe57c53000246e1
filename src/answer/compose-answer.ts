import { analyse, sectionLabel, type DocumentMeta, type Fact, type Passage } from "../index-format/index.js";
import { MAX_ANSWER_PASSAGES, type Answer, type AnswerPassage, type Span } from "./answer.js";
import { sentenceSpans } from "./sentence-spans.js";

/** A ranked passage with what the answer needs to cite it. */
export interface ScoredPassage {
  passage: Passage;
  document: DocumentMeta;
  score: number;
  /** Share of the question's weighted IDF mass the passage matches, 0..1. */
  coverage: number;
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
}

export interface ComposeInput {
  question: string;
  /** Best first; at least `offset + MAX_ANSWER_PASSAGES` when that many matched. */
  ranked: readonly ScoredPassage[];
  factLead: FactLead | null;
  /** Stemmed query term → weight × IDF, to pick the answering sentence. */
  termWeights: ReadonlyMap<string, number>;
  signals: QuestionSignals;
  /** The question wants a figure: sentences with figures are preferred as the answer. */
  wantsFigure: boolean;
  offset?: number;
}

/**
 * When to say "not in the corpus". Calibrated on the project's own question set
 * (tests/eval), never by listing questions: the best passage must match most of what the
 * question asks, and the question must not hinge on a name the corpus never uses.
 */
export const ABSTENTION = {
  minCoverage: 0.5,
  maxUnknownShare: 0.5,
} as const;

export const NOT_FOUND_TEXT =
  "I couldn't find that in the documents. The passages below may be related, but none answers it.";

/**
 * Builds the Answer: the lead (fact, answering sentence, or an honest "not found"), then
 * the cited passages, best first. Pure.
 *
 * @example composeAnswer({ question: "how many ICSs?", ranked, factLead, termWeights, signals, wantsFigure: true })
 */
export function composeAnswer(input: ComposeInput): Answer {
  const offset = input.offset ?? 0;
  const top = input.ranked[0];
  const abstain = top === undefined || shouldAbstain(top, input.signals, input.factLead);
  const page = input.ranked.slice(offset, offset + MAX_ANSWER_PASSAGES);
  const passages = page.map((scored) => toAnswerPassage(scored, input));

  if (abstain) {
    return {
      question: input.question,
      answer: { kind: "none", text: NOT_FOUND_TEXT, passageId: null },
      passages: passages.slice(0, MAX_RELATED_WHEN_NOT_FOUND),
      facts: [],
    };
  }
  if (input.factLead) {
    return {
      question: input.question,
      answer: { kind: "fact", text: input.factLead.text, passageId: input.factLead.passageId },
      passages,
      facts: input.factLead.facts,
    };
  }
  const lead = passages[0] ?? toAnswerPassage(top, input);
  const span = lead.highlight ?? { start: 0, end: lead.text.length };
  return {
    question: input.question,
    answer: { kind: "passage", text: lead.text.slice(span.start, span.end), passageId: lead.id },
    passages,
    facts: [],
  };
}

const MAX_RELATED_WHEN_NOT_FOUND = 3;

function shouldAbstain(top: ScoredPassage, signals: QuestionSignals, factLead: FactLead | null): boolean {
  if (signals.unknownNames.length > 0) return true;
  if (signals.unknownShare > ABSTENTION.maxUnknownShare) return true;
  if (factLead) return false;
  return top.coverage < ABSTENTION.minCoverage;
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
    highlight: bestSentence(passage.text, input.termWeights, input.wantsFigure),
  };
}

/**
 * The sentence (or two, when the best one is short and the next continues it) that matches
 * the most weighted query terms; with a figure question, a sentence with a figure wins ties.
 */
export function bestSentence(text: string, termWeights: ReadonlyMap<string, number>, wantsFigure: boolean): Span | null {
  let best: { span: Span; score: number } | null = null;
  const spans = sentenceSpans(text);
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    let score = 0;
    for (const term of new Set(analyse(sentence))) score += termWeights.get(term) ?? 0;
    if (wantsFigure && /\d/.test(sentence)) score *= FIGURE_SENTENCE_BONUS;
    if (score > 0 && (!best || score > best.score)) best = { span, score };
  }
  if (!best) return null;
  const next = spans[spans.indexOf(best.span) + 1];
  if (next && best.span.end - best.span.start < SHORT_SENTENCE && text.slice(best.span.start, best.span.end).endsWith(":")) {
    return { start: best.span.start, end: next.end };
  }
  return best.span;
}

const FIGURE_SENTENCE_BONUS = 1.5;
const SHORT_SENTENCE = 80;

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
