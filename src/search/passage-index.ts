import { Document } from "flexsearch";
import {
  analyse,
  searchIndexOptions,
  words,
  sectionLabel,
  type DocumentMeta,
  type Passage,
  type SearchRecord,
} from "../index-format/index.js";
import type { IndexFiles } from "./load-index.js";
import { inverseDocumentFrequency } from "./rank-passages.js";

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
  /**
   * Positions (into `passages`) of candidate passages for the query: FlexSearch's own
   * `suggest` results for a query with few postings, else at most `limit` passages sharing the
   * most weighted IDF with it. `text` is what the terms were analysed from: FlexSearch is
   * asked in words, since it analyses its query itself.
   */
  candidates(query: RetrievalQuery, limit: number): number[];
}

/** A query as retrieval sees it: its text, and the weight of each of its term ids. */
export interface RetrievalQuery {
  text: string;
  terms: readonly { id: number; weight: number }[];
}

/**
 * Postings (passages per term, summed over the query's terms, rarest first) read from
 * FlexSearch per query. Reading costs time in proportion to postings, and a term in a large
 * share of the corpus adds little IDF to any candidate: past this budget the commonest terms
 * are left to ranking alone. The real corpus never reaches it; at 1,000× it bounds the
 * retrieval of "England" or "health" to a few milliseconds.
 */
export const RETRIEVAL_POSTINGS_BUDGET = 60_000;

/**
 * Below this many postings in all, FlexSearch's own multi-term search (`suggest`: most terms
 * matched first, then earliest position slot, `SUGGEST_LIMIT` per field) is cheap and gives the
 * candidates the ranking and the eval set were tuned on, so a corpus the size of the real one
 * keeps exactly those. Its cost grows with every posting of every query term (over 200 ms at
 * 1,000×), so larger queries go term by term within RETRIEVAL_POSTINGS_BUDGET.
 */
export const SUGGEST_POSTINGS_LIMIT = 10_000;
/** FlexSearch candidates per field for `suggest`: the right passage was in the top 100 for 99.8% of test queries. */
const SUGGEST_LIMIT = 100;

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
  const stats: CorpusStats = {
    passageCount: terms.length,
    documentFrequency,
    averageLength: { text: totals.text / count, section: totals.section / count, title: totals.title / count },
  };
  const retrieve = createRetrieval(flex, vocabulary, stats);

  return {
    passages: files.passages,
    documents,
    terms,
    vocabulary,
    stats,
    candidates: retrieve,
  };
}

/**
 * Candidate retrieval. A query with few postings goes to FlexSearch whole (`suggest`). Otherwise
 * FlexSearch is asked one term at a time (rarest first, within
 * RETRIEVAL_POSTINGS_BUDGET) and each passage it returns, in any field, gains that term's
 * weighted IDF; the passages with the most are the candidates, ties going to the earlier
 * passage. FlexSearch's own multi-term `suggest` search is not used: it orders by the number
 * of terms matched, not by how rare they are, and at scale it walks every posting of every
 * common word (p99 over 200 ms at 1,000×).
 */
function createRetrieval(
  flex: Document<SearchRecord>,
  vocabulary: ReadonlyMap<string, number>,
  stats: CorpusStats,
): (query: RetrievalQuery, limit: number) => number[] {
  // Scratch space reused by every query (retrieval is synchronous): per-passage IDF mass; the
  // last term that counted for each passage, so a term matching in several fields counts once;
  // and the passages reached so far.
  const mass = new Float64Array(stats.passageCount);
  const lastTerm = new Int32Array(stats.passageCount).fill(-1);
  const touched = new Int32Array(stats.passageCount);

  const suggested = (text: string): number[] => {
    const positions = new Set<number>();
    for (const field of flex.search({ query: text, suggest: true, limit: SUGGEST_LIMIT })) {
      for (const id of field.result) positions.add(Number(id));
    }
    return [...positions];
  };

  return (query, limit) => {
    const weights = new Map(query.terms.map((term) => [term.id, term.weight]));
    const wordOf = new Map<number, string>();
    for (const word of words(query.text)) {
      const [term, ...rest] = analyse(word);
      const id = term === undefined || rest.length > 0 ? undefined : vocabulary.get(term);
      if (id !== undefined && weights.has(id) && !wordOf.has(id)) wordOf.set(id, word);
    }
    const rarestFirst = [...wordOf.keys()].sort(
      (a, b) => (stats.documentFrequency[a] ?? 0) - (stats.documentFrequency[b] ?? 0) || a - b,
    );
    const postings = rarestFirst.reduce((sum, id) => sum + (stats.documentFrequency[id] ?? 0), 0);
    if (postings <= SUGGEST_POSTINGS_LIMIT) return suggested(query.text);

    let touchedCount = 0;
    let spent = 0;
    for (const id of rarestFirst) {
      const frequency = stats.documentFrequency[id] ?? 0;
      if (spent > 0 && spent + frequency > RETRIEVAL_POSTINGS_BUDGET) break;
      spent += frequency;
      const gain = (weights.get(id) ?? 0) * inverseDocumentFrequency(stats, id);
      const fieldLimit = Math.max(1, Math.min(frequency, RETRIEVAL_POSTINGS_BUDGET));
      for (const field of flex.search({ query: wordOf.get(id) ?? "", limit: fieldLimit })) {
        for (const raw of field.result) {
          const position = Number(raw);
          if (lastTerm[position] === id) continue;
          lastTerm[position] = id;
          if (mass[position] === 0) touched[touchedCount++] = position;
          mass[position] = (mass[position] ?? 0) + gain;
        }
      }
    }
    const reached = touched.subarray(0, touchedCount);
    const chosen = topByMass(mass, reached, limit);
    for (const position of reached) {
      mass[position] = 0;
      lastTerm[position] = -1;
    }
    return chosen;
  };
}

/**
 * The `limit` touched positions with the most mass, ties to the lower position, ascending.
 * The cut is the limit-th largest mass, found by selection rather than a sort; then only the
 * touched positions at or above it are sorted, so the cost follows the touched passages, not
 * the corpus (at 1,000× a common query touches 60,000 of 340,000 passages).
 */
export function topByMass(mass: Float64Array, touched: Int32Array, limit: number): number[] {
  if (touched.length <= limit) return Array.from(touched).sort((a, b) => a - b);
  const masses = new Float64Array(touched.length);
  touched.forEach((position, i) => {
    masses[i] = mass[position] ?? 0;
  });
  const cut = kthLargest(masses, limit);
  // A term of no weight leaves its passages at 0 and untouched ones are 0 too: a cut there
  // ranks passages nobody touched, so it reads every passage in order.
  const atOrAbove = cut > 0 ? touched.filter((position) => (mass[position] ?? 0) >= cut).sort() : null;
  const positions = atOrAbove ?? mass.keys();
  let tiesLeft = limit - touched.reduce((above, position) => above + ((mass[position] ?? 0) > cut ? 1 : 0), 0);
  const chosen: number[] = [];
  let previous = -1;
  for (const position of positions) {
    // A passage is touched twice when a weightless term reached it first.
    if (position === previous) continue;
    previous = position;
    const value = mass[position] ?? 0;
    if (value > cut) chosen.push(position);
    else if (value === cut && tiesLeft > 0) {
      chosen.push(position);
      tiesLeft -= 1;
    }
  }
  return chosen;
}

/**
 * The k-th largest value (1-based) of `values`, by quickselect; reorders `values`.
 *
 * @example kthLargest(Float64Array.of(3, 1, 2), 2) // 2
 */
export function kthLargest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] ?? 0;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i += 1;
      while ((values[j] ?? 0) < pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target] ?? 0;
}
