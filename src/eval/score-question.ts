import type { Answer } from "../answer/answer.js";
import { containsFigure, containsFolded } from "./fold-text.js";
import type { Question, QuestionKind } from "./question-set.js";

/** How one answer fared against one question. Fields that do not apply are null. */
export interface QuestionScore {
  id: string;
  question: string;
  kind: QuestionKind;
  answerable: boolean;
  /** The answer text or the first passage holds an expected string (or the figure). */
  hitAt1: boolean | null;
  /** The answer text or one of the first three passages does. */
  hitAt3: boolean | null;
  /** 1 when the answer text holds it, 1/r for the first passage r that does, else 0. */
  reciprocalRank: number | null;
  /** An abstain item answered with kind "none". */
  abstainedRightly: boolean | null;
  /** An answerable item answered with kind "none". */
  falseAbstention: boolean | null;
  /** The lead holds the exact `value`; null for items without one. */
  exactFigure: boolean | null;
  /** What the answer led with, for the list of misses. */
  first: { kind: Answer["answer"]["kind"]; text: string; passageId: string | null; docId: string | null };
}

/**
 * Scores one answer. A text "answers" when it holds one of `must_contain`, or, for an item
 * whose `value` is a figure (has a digit), that figure standing alone: the README's rule.
 * Passages count whatever the answer kind, as the README scores them; a false abstention
 * is reported on its own line.
 *
 * @example scoreQuestion(question, engine.ask(question.question)).hitAt1
 */
export function scoreQuestion(question: Question, answer: Answer): QuestionScore {
  const firstPassage = answer.passages[0];
  const first = {
    kind: answer.answer.kind,
    text: answer.answer.text,
    passageId: answer.answer.passageId ?? firstPassage?.id ?? null,
    docId: firstPassage?.docId ?? null,
  };
  const base = { id: question.id, question: question.question, kind: question.kind, first };
  const abstained = answer.answer.kind === "none";

  if (question.kind === "abstain") {
    return {
      ...base,
      answerable: false,
      hitAt1: null,
      hitAt3: null,
      reciprocalRank: null,
      abstainedRightly: abstained,
      falseAbstention: null,
      exactFigure: null,
    };
  }

  const rank = answerRank(question, answer);
  return {
    ...base,
    answerable: true,
    hitAt1: rank !== null && rank <= 1,
    hitAt3: rank !== null && rank <= 3,
    reciprocalRank: rank === null ? 0 : 1 / rank,
    abstainedRightly: null,
    falseAbstention: abstained,
    exactFigure: question.value === undefined ? null : containsFigure(answer.answer.text, question.value),
  };
}

/** 1 for the answer text, r for passage r (1-based); null when nothing answers. */
function answerRank(question: Question, answer: Answer): number | null {
  if (answers(question, answer.answer.text)) return 1;
  const index = answer.passages.findIndex((passage) => answers(question, passage.text));
  return index === -1 ? null : index + 1;
}

function answers(question: Question, text: string): boolean {
  if (question.must_contain.some((expected) => containsFolded(text, expected))) return true;
  return question.value !== undefined && /\d/.test(question.value) && containsFigure(text, question.value);
}
