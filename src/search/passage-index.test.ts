import { Document } from "flexsearch";
import { describe, expect, it } from "vitest";
import { analyse, searchIndexOptions, type DocumentMeta, type Passage, type SearchRecord } from "../index-format/index.js";
import type { IndexFiles } from "./load-index.js";
import { createPassageIndex, SUGGEST_POSTINGS_LIMIT, type PassageIndex } from "./passage-index.js";

const document: DocumentMeta = { id: "report", title: "Report", publisher: null, authors: [], date: null, kind: null, url: null };

async function indexOf(texts: readonly string[]): Promise<PassageIndex> {
  const passages: Passage[] = texts.map((text, ordinal) => ({
    id: `report#${ordinal}`,
    docId: "report",
    kind: "body",
    sectionPath: [],
    text,
    start: 0,
    end: text.length,
  }));
  const flex = new Document<SearchRecord>(searchIndexOptions());
  passages.forEach((passage, position) => flex.add({ id: position, text: passage.text, section: "", title: document.title }));
  const search: Record<string, string> = {};
  await flex.export((key: string, data: string) => {
    search[key] = data;
  });
  const files: IndexFiles = {
    manifest: { formatVersion: 1, optionsHash: "", corpusHash: "", counts: { documents: 1, passages: passages.length, facts: 0 } },
    documents: [document],
    passages,
    facts: [],
    search,
  };
  return createPassageIndex(files);
}

function ask(index: PassageIndex, text: string, limit: number): number[] {
  const terms = analyse(text).flatMap((term) => {
    const id = index.vocabulary.get(term);
    return id === undefined ? [] : [{ id, weight: 1 }];
  });
  return index.candidates({ text, terms }, limit);
}

describe("candidate retrieval", () => {
  it("finds the passage holding every query word in a small index", async () => {
    const index = await indexOf(["Care homes in the north.", "Dental care in the south.", "Dental care homes in the north."]);
    expect(ask(index, "dental care homes", 10)).toContain(2);
  });

  // Past SUGGEST_POSTINGS_LIMIT postings retrieval goes term by term: the rare word must still
  // bring its passage in, ahead of thousands that only share the common words.
  it("keeps the passage with the rare word when common words fill the corpus", async () => {
    const common = Array.from({ length: SUGGEST_POSTINGS_LIMIT + 500 }, (_, i) => `Care services in district ${i}.`);
    const index = await indexOf([...common, "Care services for pharmacists."]);
    const found = ask(index, "pharmacists care services", 5);
    expect(found).toHaveLength(5);
    expect(found).toContain(common.length);
  });
});
