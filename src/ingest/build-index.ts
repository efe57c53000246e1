import { createHash } from "node:crypto";
import { Document } from "flexsearch";
import type { Corpus } from "../corpus/index.js";
import {
  INDEX_FORMAT_VERSION,
  SEARCH_OPTIONS_DESCRIPTION,
  searchIndexOptions,
  sectionLabel,
  type DocumentMeta,
  type Fact,
  type Manifest,
  type Passage,
  type SearchRecord,
} from "../index-format/index.js";
import { extractFacts } from "./facts/extract-facts.js";
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

/**
 * Cleans and chunks every document, extracts the fact table and builds the FlexSearch
 * index. Deterministic: the same corpus gives the same value, so index/ is byte-identical.
 */
export async function buildIndex(corpus: Corpus, corpusHash: string): Promise<BuiltIndex> {
  const warnings = [...corpus.warnings];
  const documents = corpus.documents.map((document) => document.meta);
  const passages: Passage[] = [];
  for (const document of corpus.documents) {
    const own = segmentDocument(document.meta.id, document.source);
    if (own.length === 0) warnings.push(`${document.file}: no text left after cleaning; not indexed`);
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

  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const index = new Document<SearchRecord>(searchIndexOptions());
  passages.forEach((passage, position) => {
    index.add(toSearchRecord(passage, position, titles.get(passage.docId) ?? ""));
  });
  const exported: Record<string, string> = {};
  await index.export((key: string, data: string) => {
    exported[key] = data;
  });
  const search = Object.fromEntries(Object.entries(exported).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

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
