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
 * The search index in one worker thread and the bodies in another, working while this thread
 * segments documents and extracts their passage facts: each thread then has about a third of
 * the work, and the passage facts need no copy of the passages in a worker (at 1,000× peak
 * memory was 2.4 GB this way, 2.9 GB with them beside the search index). The bodies get a
 * thread of their own because they compile regular expressions per body name: V8 stops
 * optimising new patterns once an isolate has generated about a megabyte of pattern code,
 * and in a thread that has already segmented or indexed a large corpus those patterns ran
 * many times slower (at 1,000× body extraction took 25 s there, 15 s in a fresh thread).
 */
export function startIngestWorker(): IngestBuilders {
  const worker = new URL("./ingest-worker.ts", import.meta.url);
  const indexing = startBuilderThread<Pick<IngestBuilders, "search">>(worker, ["search"]);
  const naming = startBuilderThread<Pick<IngestBuilders, "bodies">>(worker, ["bodies"]);
  return { ...indexing, passageFacts: createPassageFactsBuilder(), ...naming };
}
