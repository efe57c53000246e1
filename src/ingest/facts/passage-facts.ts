import type { DocumentMeta, NumberFact, Passage, RecommendationFact } from "../../index-format/index.js";
import { extractNumbers } from "./extract-numbers.js";
import { extractRecommendations } from "./extract-recommendations.js";

/**
 * The facts a document's passages state on their own: figures and recommendations. Unlike
 * bodies, which are merged across documents, they can be extracted one document at a time,
 * as documents are segmented, and the results of all documents put together in order.
 */
export interface PassageFacts {
  numbers: NumberFact[];
  recommendations: RecommendationFact[];
}

/** The passage facts of one document; `passages` are all of its passages, in order. */
export function extractPassageFacts(document: DocumentMeta, passages: readonly Passage[]): PassageFacts {
  return { numbers: extractNumbers(passages), recommendations: extractRecommendations([document], passages) };
}
