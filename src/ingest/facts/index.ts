export { extractFacts, type ExtractFactsInput, type ExtractFactsResult } from "./extract-facts.js";
export {
  parseCuratedFacts,
  CuratedFactsSchema,
  type CuratedFacts,
  type CuratedBody,
  type CuratedNumber,
  type ParseCuratedFactsResult,
} from "./parse-curated-facts.js";
