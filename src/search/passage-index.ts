import { Document } from "flexsearch";
import {
  analyse,
  searchIndexOptions,
  sectionLabel,
  type DocumentMeta,
  type Passage,
  type SearchRecord,
} from "../index-format/index.js";
import type { IndexFiles } from "./load-index.js";

/** Per-passage term data, computed once when the index is loaded, never per query. */
export interface PassageTerms {
  /** Analysed terms of the text as term ids, in order (for term frequency and proximity). */
  text: Int32Array;
  section: Int32Array;
  title: Int32Array;
}

/** Corpus-wide statistics BM25F needs. */
export interface CorpusStats {
  passageCount: number;
  /** Passages containing the term in any field, by term id. */
  documentFrequency: Int32Array;
  averageLength: { text: number; section: number; title: number };
}

/**
 * A loaded, searchable index: FlexSearch for candidates, plus the term data ranking needs.
 * Retrieval is the only part that touches FlexSearch.
 */
export interface PassageIndex {
  passages: readonly Passage[];
  documents: ReadonlyMap<string, DocumentMeta>;
  terms: readonly PassageTerms[];
  stats: CorpusStats;
  /** Term → id; terms the corpus never uses are absent. */
  vocabulary: ReadonlyMap<string, number>;
  /** Positions (into `passages`) of passages sharing terms with `query`, at most `limit` per field. */
  candidates(query: string, limit: number): number[];
}

export function createPassageIndex(files: IndexFiles): PassageIndex {
  const flex = new Document<SearchRecord>(searchIndexOptions());
  for (const [key, data] of Object.entries(files.search)) flex.import(key, data);

  const documents = new Map(files.documents.map((document) => [document.id, document]));
  const vocabulary = new Map<string, number>();
  const idsOf = (text: string): Int32Array => {
    const terms = analyse(text);
    const ids = new Int32Array(terms.length);
    terms.forEach((term, position) => {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
      }
      ids[position] = id;
    });
    return ids;
  };
  // Documents share titles and sections share headings: analyse each distinct string once.
  const memo = new Map<string, Int32Array>();
  const idsOfShared = (text: string): Int32Array => {
    let ids = memo.get(text);
    if (!ids) {
      ids = idsOf(text);
      memo.set(text, ids);
    }
    return ids;
  };
  const terms = files.passages.map((passage) => ({
    text: idsOf(passage.text),
    section: idsOfShared(sectionLabel(passage)),
    title: idsOfShared(documents.get(passage.docId)?.title ?? ""),
  }));

  const documentFrequency = new Int32Array(vocabulary.size);
  const seen = new Int32Array(vocabulary.size).fill(-1);
  const totals = { text: 0, section: 0, title: 0 };
  terms.forEach((fields, position) => {
    for (const field of [fields.text, fields.section, fields.title]) {
      for (const id of field) {
        if (seen[id] === position) continue;
        seen[id] = position;
        documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
      }
    }
    totals.text += fields.text.length;
    totals.section += fields.section.length;
    totals.title += fields.title.length;
  });
  const count = Math.max(1, terms.length);

  return {
    passages: files.passages,
    documents,
    terms,
    vocabulary,
    stats: {
      passageCount: terms.length,
      documentFrequency,
      averageLength: { text: totals.text / count, section: totals.section / count, title: totals.title / count },
    },
    candidates(query, limit) {
      const results = flex.search({ query, suggest: true, limit });
      const positions = new Set<number>();
      for (const field of results) for (const id of field.result) positions.add(Number(id));
      return [...positions];
    },
  };
}
