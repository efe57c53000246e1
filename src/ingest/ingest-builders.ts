import { createBodiesBuilder, type BodiesBuilder } from "./bodies-builder.js";
import { startBuilderThread } from "./builder-thread.js";
import { createPassageFactsBuilder, type PassageFactsBuilder } from "./passage-facts-builder.js";
import { createSearchIndexBuilder, type SearchIndexBuilder } from "./search-index-builder.js";

/**
 * What ingest builds from each document as soon as it is segmented: the search index, the
 * passage facts and the bodies.
 */
export type IngestBuilders = { search: SearchIndexBuilder; passageFacts: PassageFactsBuilder; bodies: BodiesBuilder };

/** The builders in this thread. */
export function createIngestBuilders(): IngestBuilders {
  return { search: createSearchIndexBuilder(), passageFacts: createPassageFactsBuilder(), bodies: createBodiesBuilder() };
}

/**
 * The builders in two worker threads, working while this thread segments documents: one
 * builds the search index and the passage facts, the other the bodies. The bodies get a
 * thread of their own because they compile regular expressions per body name: V8 stops
 * optimising new patterns once an isolate has generated about a megabyte of pattern code,
 * and in a thread that has already segmented or indexed a large corpus those patterns ran
 * many times slower (at 1,000× body extraction took 25 s after segmenting, 15 s alone).
 * Three busy threads share two cores well: this one's work ends with the last document.
 */
export function startIngestWorker(): IngestBuilders {
  const worker = new URL("./ingest-worker.ts", import.meta.url);
  const indexing = startBuilderThread<Pick<IngestBuilders, "search" | "passageFacts">>(worker, ["search", "passageFacts"]);
  const naming = startBuilderThread<Pick<IngestBuilders, "bodies">>(worker, ["bodies"]);
  return { ...indexing, ...naming };
}
