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
import { extractFacts } from "./facts/extract-facts.js";
import { createSearchIndexBuilder, createSearchIndexWorker } from "./search-index-builder.js";
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
  /** Build the search index in a worker thread; by default only for a corpus of WORKER_MIN_SOURCE_CHARS or more. */
  searchInWorker?: boolean;
}

/**
 * Below this much source text the search index is built in this thread: a worker thread
 * takes longer to start than the whole index takes to build (about 150,000 characters, the
 * real corpus, index in a fraction of a second).
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
  const searchBuilder = (options.searchInWorker ?? sourceChars >= WORKER_MIN_SOURCE_CHARS) ? createSearchIndexWorker() : createSearchIndexBuilder();
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const passages: Passage[] = [];
  for (const document of corpus.documents) {
    const own = segmentDocument(document.meta.id, document.source);
    if (own.length === 0) warnings.push(`${document.file}: no text left after cleaning; not indexed`);
    searchBuilder.add(own.map((passage, i) => toSearchRecord(passage, passages.length + i, titles.get(passage.docId) ?? "")));
    passages.push(...own);
  }

  const sources = new Map(corpus.documents.map((document) => [document.meta.id, document.source]));
  const extracted = extractFacts({
    documents,
    passages,
    sources,
    ...(corpus.curatedFacts === null ? {} : { curatedText: corpus.curatedFacts }),
  });
  warnings.push(...extracted.warnings);
  const search = await searchBuilder.finish();

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
