import type { DocumentMeta, Passage } from "../index-format/index.js";
import type { IncrementalBuilder } from "./builder-thread.js";
import { extractPassageFacts, type PassageFacts } from "./facts/passage-facts.js";

/** A document with all of its passages, in order. */
export interface SegmentedDocument {
  document: DocumentMeta;
  passages: Passage[];
}

/**
 * Extracts the passage facts (figures, recommendations) of documents as they are added, in
 * the order added: documents in corpus order give the facts extractFacts would find in them.
 */
export type PassageFactsBuilder = IncrementalBuilder<SegmentedDocument, PassageFacts>;

/**
 * A builder working in this thread.
 *
 * @example const facts = createPassageFactsBuilder(); facts.add([{ document, passages }]); const { numbers } = await facts.finish();
 */
export function createPassageFactsBuilder(): PassageFactsBuilder {
  const numbers: PassageFacts["numbers"] = [];
  const recommendations: PassageFacts["recommendations"] = [];
  return {
    add(documents) {
      for (const { document, passages } of documents) {
        const facts = extractPassageFacts(document, passages);
        for (const fact of facts.numbers) numbers.push(fact);
        for (const fact of facts.recommendations) recommendations.push(fact);
      }
    },
    async finish() {
      return { numbers, recommendations };
    },
  };
}
