import { Document } from "flexsearch";
import MiniSearch from "minisearch";
import { sectionLabel, type Passage } from "../index-format/index.js";

/** A plain search library over the passages: positions (into `passages`) best first. */
export interface Baseline {
  search(question: string, limit: number): number[];
}

interface BaselineRecord {
  id: number;
  text: string;
  section: string;
  title: string;
  [key: string]: string | number;
}

function records(passages: readonly Passage[], titles: ReadonlyMap<string, string>): BaselineRecord[] {
  return passages.map((passage, position) => ({
    id: position,
    text: passage.text,
    section: sectionLabel(passage),
    title: titles.get(passage.docId) ?? "",
  }));
}

/**
 * FlexSearch as it comes: a Document index over text, section and title with the default
 * tokeniser and encoder. `suggest` so a question with one word the corpus lacks still
 * finds passages (without it most full questions find none), `merge` so the three fields
 * give one list in FlexSearch's own order.
 */
export function createPlainFlexSearch(passages: readonly Passage[], titles: ReadonlyMap<string, string>): Baseline {
  const index = new Document<BaselineRecord>({ document: { id: "id", index: ["text", "section", "title"] } });
  for (const record of records(passages, titles)) index.add(record);
  return {
    search(question, limit) {
      return index.search({ query: question, suggest: true, merge: true, limit }).map((hit) => Number(hit.id));
    },
  };
}

/** MiniSearch with its defaults: BM25 over text, section and title, terms OR-ed. */
export function createMiniSearch(passages: readonly Passage[], titles: ReadonlyMap<string, string>): Baseline {
  const index = new MiniSearch<BaselineRecord>({ fields: ["text", "section", "title"] });
  index.addAll(records(passages, titles));
  return {
    search(question, limit) {
      return index
        .search(question)
        .slice(0, limit)
        .map((hit) => Number(hit.id));
    },
  };
}
