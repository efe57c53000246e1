import { sentenceSpans } from "../index-format/index.js";

/** What reranking needs of a ranked passage. */
export interface Rerankable {
  passage: { docId: string; text: string };
  score: number;
}

export interface RerankSignals {
  /** Documents the question names by their source: their passages are favoured. */
  namedDocuments: ReadonlySet<string>;
  /** Passages with a sentence this accepts are favoured (a definition, for "what is X?"). */
  answeringSentence: ((sentence: string) => boolean) | null;
}

/**
 * Second-stage boosts that need the passage's document or raw text, applied to the head of
 * the BM25F ranking. Factors, not additions, so they only reorder passages that already match.
 */
export const RERANK = {
  namedDocumentFactor: 1.6,
  answeringSentenceFactor: 1.5,
} as const;

/** The ranking with boosts applied and re-sorted (stable for ties). Pure. */
export function rerankPassages<T extends Rerankable>(ranked: readonly T[], signals: RerankSignals): T[] {
  if (signals.namedDocuments.size === 0 && signals.answeringSentence === null) return [...ranked];
  const test = signals.answeringSentence;
  return ranked
    .map((item, index) => {
      let factor = 1;
      if (signals.namedDocuments.has(item.passage.docId)) factor *= RERANK.namedDocumentFactor;
      const text = item.passage.text;
      if (test && sentenceSpans(text).some((span) => test(text.slice(span.start, span.end)))) factor *= RERANK.answeringSentenceFactor;
      return { item: factor === 1 ? item : { ...item, score: item.score * factor }, index };
    })
    .sort((a, b) => b.item.score - a.item.score || a.index - b.index)
    .map(({ item }) => item);
}
