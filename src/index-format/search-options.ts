import type { DocumentOptions } from "flexsearch";
import { analyse } from "./analyse.js";

/**
 * Bump when the meaning of index files changes (passage or fact shapes, or how passages are
 * cut from the same text; the analyser has its own version below): a loaded index with
 * another version is rebuilt, never misread.
 */
export const INDEX_FORMAT_VERSION = 7;

/** Fields of a passage that FlexSearch indexes; ranking weighs them (BM25F). */
export const SEARCH_FIELDS = ["text", "section", "title"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** The record FlexSearch indexes for one passage; `id` is the passage's position in passages.json. */
export interface SearchRecord {
  id: number;
  text: string;
  section: string;
  title: string;
  [key: string]: string | number;
}

/**
 * The one FlexSearch Document configuration, used by the writer and the reader alike:
 * `import` only works on an index built with identical options, custom encoder included.
 * "strict" tokenisation because our analyser already stems; FlexSearch's own scoring is
 * ignored (it computes none), it only supplies candidates.
 */
export function searchIndexOptions(): DocumentOptions<SearchRecord> {
  return {
    tokenize: "strict",
    resolution: 9,
    encode: analyse,
    document: { id: "id", index: [...SEARCH_FIELDS] },
  } as DocumentOptions<SearchRecord>;
}

/** The options as data, hashed into the manifest: a change here forces a rebuild. */
export const SEARCH_OPTIONS_DESCRIPTION = JSON.stringify({
  tokenize: "strict",
  resolution: 9,
  fields: SEARCH_FIELDS,
  analyser: "porter2+stopwords+acronym-plural+irregular-forms+undoubled+verb-stems@9",
});
