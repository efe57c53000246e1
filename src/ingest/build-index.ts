import { createHash } from "node:crypto";
import type { Corpus } from "../corpus/index.js";
import {
  INDEX_FORMAT_VERSION,
  SEARCH_OPTIONS_DESCRIPTION,
  sectionLabel,
  type DocumentMeta,
  type Fact,
  type Manifest,
  type Passage,
  type SearchRecord,
} from "../index-format/index.js";
import { assembleFacts } from "./facts/extract-facts.js";
import { createIngestBuilders, startIngestWorker } from "./ingest-builders.js";
import { segmentDocument } from "./segment-document.js";

/** Everything that goes into index/, in memory. */
export interface BuiltIndex {
  manifest: Manifest;
  documents: DocumentMeta[];
  passages: Passage[];
  facts: Fact[];
  /** FlexSearch export, key → data, keys sorted. */
  search: Record<string, string>;
  warnings: string[];
}

/** How buildIndex runs; the index it builds is the same either way. */
export interface BuildOptions {
  /**
   * Build the search index and extract the facts in worker threads (see startIngestWorker);
   * by default only for a corpus of WORKER_MIN_SOURCE_CHARS or more.
   */
  inWorker?: boolean;
}

/**
 * Below this much source text everything is built in this thread: a worker thread takes
 * longer to start than the whole index takes to build (about 150,000 characters, the real
 * corpus, index in a fraction of a second).
 */
export const WORKER_MIN_SOURCE_CHARS = 2_000_000;

/**
 * Cleans and chunks every document, extracts the fact table and builds the FlexSearch
 * index. Deterministic: the same corpus gives the same value, so index/ is byte-identical.
 */
export async function buildIndex(corpus: Corpus, corpusHash: string, options: BuildOptions = {}): Promise<BuiltIndex> {
  const warnings = [...corpus.warnings];
  const documents = corpus.documents.map((document) => document.meta);
  const sourceChars = corpus.documents.reduce((sum, document) => sum + document.source.length, 0);
  const builders = (options.inWorker ?? sourceChars >= WORKER_MIN_SOURCE_CHARS) ? startIngestWorker() : createIngestBuilders();
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const passages: Passage[] = [];
  for (const document of corpus.documents) {
    const own = segmentDocument(document.meta.id, document.source);
    if (own.length === 0) warnings.push(`${document.file}: no text left after cleaning; not indexed`);
    builders.search.add(own.map((passage, i) => toSearchRecord(passage, passages.length + i, titles.get(passage.docId) ?? "")));
    builders.passageFacts.add([{ document: document.meta, passages: own }]);
    builders.bodies.add([{ document: document.meta, passages: own }]);
    passages.push(...own);
  }

  const bodies = await builders.bodies.finish();
  const sources = new Map(corpus.documents.map((document) => [document.meta.id, document.source]));
  const extracted = assembleFacts(
    { documents, passages, sources, ...(corpus.curatedFacts === null ? {} : { curatedText: corpus.curatedFacts }) },
    { bodies, ...(await builders.passageFacts.finish()) },
  );
  warnings.push(...extracted.warnings);
  const search = await builders.search.finish();

  return {
    manifest: {
      formatVersion: INDEX_FORMAT_VERSION,
      optionsHash: searchOptionsHash(),
      corpusHash,
      counts: { documents: documents.length, passages: passages.length, facts: extracted.facts.length },
    },
    documents,
    passages,
    facts: extracted.facts,
    search,
    warnings,
  };
}

/** The record FlexSearch indexes for a passage; the reader rebuilds none of it. */
export function toSearchRecord(passage: Passage, position: number, title: string): SearchRecord {
  return { id: position, text: passage.text, section: sectionLabel(passage), title };
}

export function searchOptionsHash(): string {
  return createHash("sha256").update(SEARCH_OPTIONS_DESCRIPTION).digest("hex");
}
