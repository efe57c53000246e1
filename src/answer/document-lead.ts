import { analyse, type DocumentMeta, type Passage } from "../index-format/index.js";
import type { FactLead, ScoredPassage } from "./compose-answer.js";

/**
 * "Who wrote Close Enough to Care?", "who published the Localis report?": questions about a
 * document itself, answered from what the corpus metadata says of it (authors, publisher,
 * date), cited to the passage that first names the author or publisher, else the document's
 * best-ranked one. Null when the question is not one, names
 * no document, or the metadata does not say.
 */
export function documentLead(
  question: string,
  ranked: readonly ScoredPassage[],
  documents: readonly DocumentMeta[],
  namedDocuments: ReadonlySet<string>,
  passagesOf: (docId: string) => readonly Passage[],
): FactLead | null {
  const asks = ASKS_AUTHOR.test(question) ? "author" : ASKS_PUBLISHER.test(question) ? "publisher" : null;
  if (asks === null || NAMES_A_PART.test(question)) return null;
  const document = namedDocument(question, documents, namedDocuments);
  if (!document) return null;
  // The first passage naming the author or publisher (a byline) shows the claim; otherwise the document's best.
  const names = (asks === "author" ? document.authors : [document.publisher ?? ""]).filter((name) => name !== "");
  const cited = passagesOf(document.id).find((passage) => names.some((name) => passage.text.includes(name))) ?? ranked.find((scored) => scored.passage.docId === document.id)?.passage;
  if (!cited) return null;
  const by = document.authors.length > 0 ? `by ${document.authors.join(", ")}` : null;
  const published = document.publisher ? `published by ${document.publisher}` : null;
  const known = (asks === "author" ? [by, published] : [published, by]).filter((part): part is string => part !== null);
  if (known.length === 0) return null;
  const when = document.date ? `, ${document.date}` : "";
  return { text: `${document.title}: ${known.join("; ")}${when}.`, passageId: cited.id, facts: [] };
}

/** The document the question names: by source, or by most of its title's words. */
function namedDocument(question: string, documents: readonly DocumentMeta[], namedDocuments: ReadonlySet<string>): DocumentMeta | null {
  const asked = new Set(analyse(question));
  let best: { document: DocumentMeta; share: number } | null = null;
  for (const document of documents) {
    // "Close Enough to Care" names "Close Enough to Care: A new structure for …".
    const share = Math.max(...[document.title, document.title.split(":")[0] ?? ""].map((title) => titleShare(title, asked)));
    const score = namedDocuments.has(document.id) ? Math.max(share, MIN_TITLE_SHARE) : share;
    if (score >= MIN_TITLE_SHARE && (!best || score > best.share)) best = { document, share: score };
  }
  return best?.document ?? null;
}

function titleShare(title: string, asked: ReadonlySet<string>): number {
  const terms = [...new Set(analyse(title))];
  return terms.length === 0 ? 0 : terms.filter((term) => asked.has(term)).length / terms.length;
}

/** "Who wrote the foreword…" asks about a part of a document, whose author may be another. */
const NAMES_A_PART = /\b(?:foreword|preface|introduction|chapter|section|essay|afterword|annex|appendix|blog|article in)\b/i;
const ASKS_AUTHOR = /\bwho\s+(?:wrote|writes|authored|co-?authored|is the author|are the authors|was the author)\b|\bauthors?\s+of\b/i;
const ASKS_PUBLISHER = /\bwho\s+(?:published|publishes|produced|issued)\b|\bpublisher\s+of\b/i;
/** Share of a title's words a question must use to name the document by its title. */
const MIN_TITLE_SHARE = 0.6;
