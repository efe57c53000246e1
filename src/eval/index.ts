export { parseQuestionSet, QuestionSchema, QuestionKindSchema, type Question, type QuestionKind, type ParseQuestionSetResult } from "./question-set.js";
export { foldText, containsFolded, containsFigure } from "./fold-text.js";
export { scoreQuestion, type QuestionScore } from "./score-question.js";
export { summariseScores, type EvalReport, type Metrics, type Miss, type MissReason, type Rate } from "./summarise-scores.js";
export { checkTargets, type TargetFailure } from "./check-targets.js";
export { PRODUCT_TARGETS, TargetsSchema, type Targets } from "./eval-targets.js";
export { formatEvalReport } from "./format-report.js";
