export type { FactQuery } from "./fact-query.js";
export { lookupFacts, scoreFact, scoreFactDetail, rankScored, type ScoredFact } from "./lookup-facts.js";
export { buildAliasTable } from "./alias-table.js";
export { factsForQuestion, questionIntent, type QuestionIntent, type FactsForQuestion } from "./facts-for-question.js";
export { normalizeTerm } from "./normalize-term.js";
export { factRecency } from "./fact-recency.js";
