import { startBuilderThread } from "./builder-thread.js";
import { createPassageFactsBuilder, type PassageFactsBuilder } from "./passage-facts-builder.js";
import { createSearchIndexBuilder, type SearchIndexBuilder } from "./search-index-builder.js";

/** What ingest builds from each document as soon as it is segmented: the search index and the passage facts. */
export type IngestBuilders = { search: SearchIndexBuilder; passageFacts: PassageFactsBuilder };

/** Both builders in this thread. */
export function createIngestBuilders(): IngestBuilders {
  return { search: createSearchIndexBuilder(), passageFacts: createPassageFactsBuilder() };
}

/**
 * Both builders in one worker thread, working while this thread segments documents and
 * extracts bodies. One thread, not one each: this thread's work is the longest, and on two
 * cores it then keeps one to itself.
 */
export function startIngestWorker(): IngestBuilders {
  return startBuilderThread<IngestBuilders>(new URL("./ingest-worker.ts", import.meta.url), ["search", "passageFacts"]);
}
