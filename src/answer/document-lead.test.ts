import { describe, expect, it } from "vitest";
import type { DocumentMeta, Passage } from "../index-format/index.js";
import type { ScoredPassage } from "./compose-answer.js";
import { documentLead } from "./document-lead.js";

const feature: DocumentMeta = {
  id: "bmj",
  title: "The big devolution deal",
  publisher: "The BMJ",
  authors: ["Richard Vize"],
  date: "2018-03-19",
  kind: null,
  url: null,
};

function scored(ordinal: number, text: string): ScoredPassage {
  const passage: Passage = { id: `bmj#${ordinal}`, docId: "bmj", kind: "body", sectionPath: [], text, start: 0, end: text.length };
  return { passage, document: feature, score: 10 - ordinal, coverage: 1, focus: 1 };
}

const ranked = [scored(3, "Greater Manchester took control of its budget."), scored(1, "Richard Vize, freelance journalist")];
const inOrder = (list: readonly ScoredPassage[]) => () => [...list].map((item) => item.passage).sort((a, b) => a.id.localeCompare(b.id));
const passagesOf = inOrder(ranked);

describe("documentLead", () => {
  it("answers who wrote a named document from its metadata, citing the passage that names the author", () => {
    const lead = documentLead("Who wrote the big devolution deal?", ranked, [feature], new Set(), passagesOf);
    expect(lead).toEqual({ text: "The big devolution deal: by Richard Vize; published by The BMJ, 2018-03-19.", passageId: "bmj#1", facts: [] });
  });

  it("cites the first passage naming the author, a byline, over a later one that ranks higher", () => {
    const byline = [scored(2, "Is the gamble paying off, asks Richard Vize"), scored(1, "Richard Vize, freelance journalist")];
    expect(documentLead("Who wrote the big devolution deal?", byline, [feature], new Set(), inOrder(byline))?.passageId).toBe("bmj#1");
  });

  it("cites the document's best passage when none names the author", () => {
    const lead = documentLead("Who published the big devolution deal?", ranked.slice(0, 1), [feature], new Set(), inOrder(ranked.slice(0, 1)));
    expect(lead?.passageId).toBe("bmj#3");
    expect(lead?.text).toMatch(/^The big devolution deal: published by The BMJ; by Richard Vize/);
  });

  it("leaves questions about a part of the document, or about no document, alone", () => {
    expect(documentLead("Who wrote the foreword to the big devolution deal?", ranked, [feature], new Set(), passagesOf)).toBeNull();
    expect(documentLead("Who wrote the Lancet study?", ranked, [feature], new Set(), passagesOf)).toBeNull();
  });
});
