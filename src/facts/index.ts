export type { FactQuery } from "./fact-query.js";
export { lookupFacts, scoreFact, scoreFactDetail, rankScored, type ScoredFact } from "./lookup-facts.js";
export { buildAliasTable } from "./alias-table.js";
export { figureSentenceTest } from "./figure-question.js";
export { everydaySourceTerms, namedSources } from "./source-names.js";
export { factsForQuestion, questionIntent, type QuestionIntent, type FactsForQuestion } from "./facts-for-question.js";
export { normalizeTerm } from "./normalize-term.js";
export { factRecency } from "./fact-recency.js";
export { indexFactTerms } from "./fact-term-index.js";
