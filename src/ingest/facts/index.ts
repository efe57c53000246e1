export { assembleFacts, extractFacts, type ExtractFactsInput, type ExtractFactsResult, type FoundFacts } from "./extract-facts.js";
export { extractPassageFacts, type PassageFacts } from "./passage-facts.js";
export {
  parseCuratedFacts,
  CuratedFactsSchema,
  type CuratedFacts,
  type CuratedBody,
  type CuratedNumber,
  type ParseCuratedFactsResult,
} from "./parse-curated-facts.js";
