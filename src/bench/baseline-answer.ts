import { MAX_ANSWER_PASSAGES, type Answer } from "../answer/answer.js";
import { sectionLabel, type DocumentMeta, type Passage } from "../index-format/index.js";

/**
 * A plain search result dressed as an Answer, so `scoreQuestion` scores the baselines
 * exactly as it scores our pipeline: with no answer text of their own, hit@1 is whether
 * the first passage holds the expected text. A search that finds nothing "abstains".
 *
 * @example scoreQuestion(question, baselineAnswer(question.question, flex.search(question.question, 5), passages, documents))
 */
export function baselineAnswer(
  question: string,
  positions: readonly number[],
  passages: readonly Passage[],
  documents: ReadonlyMap<string, DocumentMeta>,
): Answer {
  const shown = positions.slice(0, MAX_ANSWER_PASSAGES).flatMap((position, rank) => {
    const passage = passages[position];
    if (!passage) return [];
    const document = documents.get(passage.docId);
    return [
      {
        id: passage.id,
        docId: passage.docId,
        title: document?.title ?? "",
        section: sectionLabel(passage),
        text: passage.text,
        score: MAX_ANSWER_PASSAGES - rank,
        kind: passage.kind,
        date: document?.date ?? null,
        url: document?.url ?? null,
        highlight: null,
      },
    ];
  });
  const first = shown[0];
  return {
    question,
    searchedFor: null,
    answer: first ? { kind: "passage", text: "", passageId: first.id } : { kind: "none", text: "", passageId: null },
    passages: shown,
    facts: [],
  };
}
