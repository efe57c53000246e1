import type { BodyFact } from "../index-format/index.js";
import type { IncrementalBuilder } from "./builder-thread.js";
import { createBodyExtractor } from "./facts/extract-bodies.js";
import type { SegmentedDocument } from "./passage-facts-builder.js";

/**
 * Extracts the bodies of documents as they are added, in the order added: documents in
 * corpus order give the bodies extractBodies finds in all of them.
 */
export type BodiesBuilder = IncrementalBuilder<SegmentedDocument, BodyFact[]>;

/**
 * A builder working in this thread.
 *
 * @example const bodies = createBodiesBuilder(); bodies.add([{ document, passages }]); const facts = await bodies.finish();
 */
export function createBodiesBuilder(): BodiesBuilder {
  const extractor = createBodyExtractor();
  return {
    add(documents) {
      for (const { document, passages } of documents) extractor.add(document, passages);
    },
    async finish() {
      return extractor.finish();
    },
  };
}
