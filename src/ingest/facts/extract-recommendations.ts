import { passagesByDocument, sectionLabel, sourceLabel, type DocumentMeta, type Passage, type RecommendationFact } from "../../index-format/index.js";
import { splitSentences } from "./split-sentences.js";

/**
 * Recommendations a document makes:
 *
 * - numbered ones, a line "Recommendation 2: …", labelled as written ("Recommendation 2");
 *   a recommendation repeated later (summary and chapter) is kept once, at its first place.
 *   Set as a heading ("### Recommendation 2: Devolve budgets", or "Recommendation 2" alone),
 *   its text is the heading's, else the first sentence under it, which is its quote;
 * - a sentence in which the document itself recommends: "The report recommends that local
 *   areas should negotiate …", "We also recommend that the Government …"; the text is the
 *   clause after "that". Someone else's recommendation ("NICE recommends that …") is not
 *   the document's and is left out;
 * - list items in a section headed "Recommendations" (or "Our", "Key", "Summary of"
 *   recommendations, at any level of the section path): the heading introduces them;
 * - bullets following an introduction that says "we recommend that:", "recommends that:",
 *   "we also recommend that:", "our recommendations are:" and the like. Bullets run on
 *   across passages until the first line that is not a bullet. They, the list items under
 *   a recommendations heading and the recommending sentences are labelled "Recommendation
 *   N", counting them in document order and continuing after the highest numbered
 *   recommendation of the same document, so labels never collide; their `section` is the
 *   theme sentence (first sentence) of the paragraph that introduces the list, or the
 *   section path for a list under a heading and for a sentence.
 *
 * `source` is "<publisher> — <title before any colon>", without the publisher's remarks
 * in brackets. Ids are `rec:<docId>:<slug of label>`.
 */
export function extractRecommendations(documents: readonly DocumentMeta[], passages: readonly Passage[]): RecommendationFact[] {
  const facts: RecommendationFact[] = [];
  const byDocument = passagesByDocument(passages.filter((p) => p.kind !== "footnote" && p.kind !== "bibliography"));
  for (const document of documents) facts.push(...forDocument(document, byDocument.get(document.id) ?? []));
  return facts;
}

const NUMBERED = /^\s*Recommendation\s+(\d+)\s*[:.–—-]\s*(\S.*)$/i;
const NUMBERED_HEADING = /^Recommendation\s+(\d+)\s*(?:[:.–—-]\s*(\S.*))?$/i;
const BULLET = /^\s*(?:[•●▪◦‣∙·*-]|–|\d+[.)]|\([a-z0-9]\))\s+(\S.*)$/u;
// "The publication, sponsored by KPMG, recommends that local areas should …"
const SELF_RECOMMENDATION =
  /\b(?:we|(?:the|this|our) (?:report|publication|paper|review|briefing|study|document|authors?|commission|inquiry))(?:,[^,]{1,80},)?\s+(?:also |further |therefore |strongly )?recommends? that\s+(\S.*\S)$/i;
// "Recommendations", "4. Our recommendations", "Summary of recommendations".
const RECOMMENDATIONS_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:our|key|main|summary of)\s+)?recommendations$/i;
const INTRODUCTION = /\b(?:we (?:also |further |therefore )?recommends? that|recommends? that|(?:our|the|its|key) recommendations (?:are|include)|we recommend the following|we recommend)\s*:\s*$/i;

function forDocument(document: DocumentMeta, passages: readonly Passage[]): RecommendationFact[] {
  const source = sourceLabel(document);
  const numbered: RecommendationFact[] = [];
  const seen = new Set<string>();
  const bullets: { passage: Passage; text: string; section: string }[] = [];
  let theme: string | null = null;

  for (const passage of passages) {
    const headed = headedRecommendation(document.id, passage, source, seen);
    if (headed !== null) numbered.push(headed);
    const lines = passage.text.split("\n");
    for (const [index, line] of lines.entries()) {
      const numberedMatch = NUMBERED.exec(line);
      if (numberedMatch) {
        theme = null;
        const label = `Recommendation ${numberedMatch[1] ?? ""}`;
        if (seen.has(label)) continue;
        seen.add(label);
        const text = (numberedMatch[2] ?? "").trim();
        numbered.push(fact(document.id, passage, label, text, source, sectionLabel(passage) || "Recommendations"));
        continue;
      }
      const bullet = BULLET.exec(line);
      if (bullet && theme !== null) {
        bullets.push({ passage, text: (bullet[1] ?? "").trim(), section: theme });
        continue;
      }
      if (bullet && passage.sectionPath.some((heading) => RECOMMENDATIONS_HEADING.test(heading))) {
        bullets.push({ passage, text: (bullet[1] ?? "").trim(), section: sectionLabel(passage) });
        continue;
      }
      theme = INTRODUCTION.test(line) ? themeOf(lines.slice(0, index + 1).join("\n"), line, passage) : null;
      for (const sentence of splitSentences(line)) {
        const clause = SELF_RECOMMENDATION.exec(sentence.text)?.[1];
        if (clause !== undefined && !/[:?]$/.test(clause)) bullets.push({ passage, text: clause, section: sectionLabel(passage) || "Recommendations" });
      }
    }
  }

  const offset = Math.max(0, ...numbered.map((f) => Number(/\d+/.exec(f.label)?.[0] ?? 0)));
  const listed = bullets.map((b, i) => fact(document.id, b.passage, `Recommendation ${offset + i + 1}`, b.text, source, b.section));
  return [...numbered, ...listed];
}

/**
 * The recommendation a passage's own heading makes ("Recommendation 2: Devolve budgets"),
 * quoted by the passage's first sentence, when the passage is the first under it.
 */
function headedRecommendation(docId: string, passage: Passage, source: string, seen: Set<string>): RecommendationFact | null {
  const heading = NUMBERED_HEADING.exec(passage.sectionPath.at(-1) ?? "");
  const opening = splitSentences(passage.text.split("\n")[0] ?? "")[0]?.text;
  if (heading === null || opening === undefined) return null;
  const label = `Recommendation ${heading[1] ?? ""}`;
  if (seen.has(label)) return null;
  seen.add(label);
  const section = passage.sectionPath.slice(0, -1).join(" › ") || "Recommendations";
  return { ...fact(docId, passage, label, heading[2] ?? opening, source, section), quote: opening };
}

/** The first sentence of the paragraph that introduces a list; the section path when the introduction stands alone. */
function themeOf(paragraph: string, line: string, passage: Passage): string {
  const lastBlock = paragraph.split(/\n(?=[^\n])/).filter((l) => !BULLET.test(l)).pop() ?? line;
  const first = splitSentences(lastBlock)[0]?.text ?? line;
  if (first === line.trim() && sectionLabel(passage) !== "") return sectionLabel(passage);
  return first;
}

function fact(docId: string, passage: Passage, label: string, text: string, source: string, section: string): RecommendationFact {
  return {
    type: "recommendation",
    id: `rec:${docId}:${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
    docId,
    passageId: passage.id,
    quote: text,
    source,
    label,
    text,
    section,
  };
}
