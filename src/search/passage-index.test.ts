import { Document } from "flexsearch";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, INDEX_FORMAT_VERSION, searchIndexOptions, type DocumentMeta, type Passage, type SearchRecord } from "../index-format/index.js";
import type { IndexFiles } from "./load-index.js";
import { createPassageIndex, kthLargest, SUGGEST_POSTINGS_LIMIT, topByMass, type PassageIndex } from "./passage-index.js";

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
    manifest: { formatVersion: INDEX_FORMAT_VERSION, optionsHash: "", corpusHash: "", counts: { documents: 1, passages: passages.length, facts: 0 } },
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

describe("topByMass", () => {
  /** The plain definition: every touched passage sorted by mass, ties to the lower position; the first `limit`, ascending. */
  const byDefinition = (mass: Float64Array, touched: Int32Array, limit: number): number[] =>
    [...new Set(touched)]
      .sort((a, b) => (mass[b] ?? 0) - (mass[a] ?? 0) || a - b)
      .slice(0, limit)
      .sort((a, b) => a - b);

  it("picks the passages with the most mass, ties going to the earlier passage, whatever order they were touched in", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0.5, 1, 1.5, 2.25, 3), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer(),
        (masses, limit, seed) => {
          const mass = new Float64Array(masses.length + 20);
          masses.forEach((value, i) => (mass[i + 10] = value));
          const positions = masses.map((_, i) => i + 10);
          // Touched in a scrambled order, as retrieval reaches passages term by term.
          const touched = Int32Array.from(positions.sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b));
          expect(topByMass(mass, touched, limit)).toEqual(byDefinition(mass, touched, limit));
        },
      ),
    );
  });
});

describe("kthLargest", () => {
  it("is the value a descending sort puts at that rank", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 100 }), fc.nat(), (values, pick) => {
        const k = (pick % values.length) + 1;
        const sorted = [...values].sort((a, b) => b - a);
        expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1]);
      }),
    );
  });
});
