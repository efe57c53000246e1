import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../corpus/index.js";
import { segmentDocument } from "../segment-document.js";
import { extractBodies } from "./extract-bodies.js";
import { assembleFacts, extractFacts } from "./extract-facts.js";
import { extractNumbers } from "./extract-numbers.js";
import { extractRecommendations } from "./extract-recommendations.js";
import { extractPassageFacts } from "./passage-facts.js";

describe("extractPassageFacts on the corpus", () => {
  it("document by document finds the numbers and recommendations of the whole corpus, and assembles the same fact table", async () => {
    const read = await readCorpus(fileURLToPath(new URL("../../../corpus", import.meta.url)));
    if (!read.ok) throw new Error(read.error.message);
    const segmented = read.corpus.documents.map((d) => ({ document: d.meta, passages: segmentDocument(d.meta.id, d.source) }));
    const documents = segmented.map((s) => s.document);
    const passages = segmented.flatMap((s) => s.passages);
    const byDocument = segmented.map((s) => extractPassageFacts(s.document, s.passages));
    const numbers = byDocument.flatMap((facts) => facts.numbers);
    const recommendations = byDocument.flatMap((facts) => facts.recommendations);
    expect(numbers).toEqual(extractNumbers(passages));
    expect(recommendations).toEqual(extractRecommendations(documents, passages));

    const input = {
      documents,
      passages,
      sources: new Map(read.corpus.documents.map((d) => [d.meta.id, d.source])),
      ...(read.corpus.curatedFacts === null ? {} : { curatedText: read.corpus.curatedFacts }),
    };
    const bodies = extractBodies(documents, passages);
    expect(assembleFacts(input, { bodies, numbers, recommendations })).toEqual(extractFacts(input));
  });
});
