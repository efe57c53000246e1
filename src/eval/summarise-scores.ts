import type { Question, QuestionKind } from "./question-set.js";
import { QuestionKindSchema } from "./question-set.js";
import type { QuestionScore } from "./score-question.js";

/** A rate with what it was computed from; `rate` is null when nothing was counted. */
export interface Rate {
  count: number;
  of: number;
  rate: number | null;
}

/** Aggregates over a group of questions. MRR and the hit rates cover answerable items only. */
export interface Metrics {
  questions: number;
  answerable: number;
  hitAt1: Rate;
  hitAt3: Rate;
  mrr: number | null;
  abstention: Rate;
  falseAbstention: Rate;
  exactFigures: Rate;
}

export type MissReason = "hit_at_1" | "hit_at_3" | "should_abstain" | "false_abstention" | "inexact_figure";

export interface Miss {
  id: string;
  question: string;
  kind: QuestionKind;
  reasons: MissReason[];
  /** What a right answer holds: the first expected string, the figure, or "(abstain)". */
  expected: string;
  first: QuestionScore["first"];
}

export interface EvalReport {
  overall: Metrics;
  /** Only the kinds the set contains, in the schema's order. */
  byKind: Partial<Record<QuestionKind, Metrics>>;
  misses: Miss[];
}

/**
 * Aggregates per-question scores overall and per kind, and lists every miss.
 *
 * @example summariseScores(questions, questions.map((q) => scoreQuestion(q, engine.ask(q.question))))
 */
export function summariseScores(questions: readonly Question[], scores: readonly QuestionScore[]): EvalReport {
  const byKind: Partial<Record<QuestionKind, Metrics>> = {};
  for (const kind of QuestionKindSchema.options) {
    const group = scores.filter((score) => score.kind === kind);
    if (group.length > 0) byKind[kind] = computeMetrics(group);
  }
  const questionById = new Map(questions.map((question) => [question.id, question]));
  const misses = scores.flatMap((score) => {
    const reasons = missReasons(score);
    const question = questionById.get(score.id);
    if (reasons.length === 0 || question === undefined) return [];
    return [{ id: score.id, question: score.question, kind: score.kind, reasons, expected: expectedText(question), first: score.first }];
  });
  return { overall: computeMetrics(scores), byKind, misses };
}

function computeMetrics(scores: readonly QuestionScore[]): Metrics {
  const answerable = scores.filter((score) => score.answerable);
  const reciprocalRanks = answerable.map((score) => score.reciprocalRank ?? 0);
  return {
    questions: scores.length,
    answerable: answerable.length,
    hitAt1: rateOf(scores.map((score) => score.hitAt1)),
    hitAt3: rateOf(scores.map((score) => score.hitAt3)),
    mrr: reciprocalRanks.length === 0 ? null : reciprocalRanks.reduce((sum, rr) => sum + rr, 0) / reciprocalRanks.length,
    abstention: rateOf(scores.map((score) => score.abstainedRightly)),
    falseAbstention: rateOf(scores.map((score) => score.falseAbstention)),
    exactFigures: rateOf(scores.map((score) => score.exactFigure)),
  };
}

function rateOf(values: readonly (boolean | null)[]): Rate {
  const counted = values.filter((value): value is boolean => value !== null);
  const count = counted.filter(Boolean).length;
  return { count, of: counted.length, rate: counted.length === 0 ? null : count / counted.length };
}

function missReasons(score: QuestionScore): MissReason[] {
  const reasons: MissReason[] = [];
  if (score.hitAt1 === false) reasons.push("hit_at_1");
  if (score.hitAt3 === false) reasons.push("hit_at_3");
  if (score.abstainedRightly === false) reasons.push("should_abstain");
  if (score.falseAbstention === true) reasons.push("false_abstention");
  if (score.exactFigure === false) reasons.push("inexact_figure");
  return reasons;
}

function expectedText(question: Question): string {
  if (question.kind === "abstain") return "(abstain)";
  const expected = question.must_contain[0] ?? "";
  return question.value === undefined ? expected : `${question.value} — ${expected}`;
}
