import { prescribesInOwnVoice, sentenceSpans, sourceLabel, type DocumentMeta, type Passage } from "../index-format/index.js";
import type { FactLead } from "./compose-answer.js";

/**
 * "What did the Health Foundation recommend?" of a source that lists no numbered
 * recommendations: what it says should be done, in its own sentences ("… must be aligned",
 * "… should be given …"), in document order, cited to the first; passages of other documents
 * are skipped, so the caller may pass the document's own. Null when the source's text
 * prescribes nothing.
 */
export function prescriptiveLead(document: DocumentMeta, passages: readonly Passage[]): FactLead | null {
  const found: { sentence: string; passageId: string }[] = [];
  for (const passage of passages) {
    if (passage.docId !== document.id || !PROSE_KINDS.has(passage.kind)) continue;
    for (const span of sentenceSpans(passage.text)) {
      const sentence = passage.text.slice(span.start, span.end).replace(/^[•\-–*]\s*/, "").trim();
      if (prescribesInOwnVoice(sentence)) found.push({ sentence, passageId: passage.id });
      if (found.length === MAX_SENTENCES) break;
    }
    if (found.length === MAX_SENTENCES) break;
  }
  const first = found[0];
  if (!first) return null;
  const lines = found.map(({ sentence }) => `• ${sentence}`);
  return { text: `${sourceLabel(document)} makes no numbered recommendations. It says:\n${lines.join("\n")}`, passageId: first.passageId, facts: [] };
}

const MAX_SENTENCES = 5;
const PROSE_KINDS: ReadonlySet<Passage["kind"]> = new Set(["body", "table"]);
