import { analyse, words, type DocumentMeta } from "../index-format/index.js";

/**
 * Terms that name a source: its publisher (without remarks in brackets) and its initials when
 * it has several words ("hf" for The Health Foundation), and the first word of its id when
 * that reads as a name ("localis-local-empowerment" → "localis", but not "hf"), less words that
 * describe a source rather than name it ("unknown", "news item"). Words the corpus uses as
 * everyday words are sorted out per corpus (everydaySourceTerms).
 */
export function sourceTerms(document: DocumentMeta): string[] {
  let terms = sourceTermsCache.get(document);
  if (terms === undefined) {
    terms = analyseSourceTerms(document);
    sourceTermsCache.set(document, terms);
  }
  return terms;
}

/** Computed once per document: every question is checked against every source. */
const sourceTermsCache = new WeakMap<DocumentMeta, string[]>();

function analyseSourceTerms(document: DocumentMeta): string[] {
  const firstIdWord = document.id.split(/[-_.]/)[0] ?? "";
  const idName = firstIdWord.length >= MIN_ID_NAME_LENGTH && !/\d/.test(firstIdWord) ? firstIdWord : "";
  return [...new Set([...publisherTerms(document), ...analyse(idName), ...publisherInitials(document)])].filter((t) => !GENERIC_SOURCE_TERMS.has(t));
}

/** "HF" for "The Health Foundation", "NAO" for "National Audit Office": how readers shorten a publisher of several words. */
function publisherInitials(document: DocumentMeta): string[] {
  const name = words(document.publisher?.replace(/\s*\(.*$/, "") ?? "").filter((word) => !PUBLISHER_JOINING_WORDS.has(word));
  return name.length >= 2 ? [name.map((word) => word[0]).join("")] : [];
}

const PUBLISHER_JOINING_WORDS = new Set(["the", "of", "and", "for", "on", "in", "&"]);

/**
 * Publisher words that the corpus uses as everyday words: those in more than
 * EVERYDAY_SHARE of the passages of other publishers' documents ("water" of the Centre for
 * Water and Public Policy, in documents about water; "health" of The Health Foundation, in
 * documents about health). A question using one asks about the topic, not the source.
 * `passageCounts` gives each document's passages; `countUsage(terms)`, for each term, the
 * passages of each document whose text uses it (one pass over the corpus for all terms).
 *
 * @example everydaySourceTerms(documents, passageCounts, countUsage) // Set { "water" }
 */
export function everydaySourceTerms(
  documents: readonly DocumentMeta[],
  passageCounts: ReadonlyMap<string, number>,
  countUsage: (terms: ReadonlySet<string>) => ReadonlyMap<string, ReadonlyMap<string, number>>,
): Set<string> {
  const publisherOf = (document: DocumentMeta): string => document.publisher ?? document.id;
  const publishersByTerm = new Map<string, Set<string>>();
  for (const document of documents) {
    for (const term of sourceTerms(document)) publishersByTerm.set(term, (publishersByTerm.get(term) ?? new Set()).add(publisherOf(document)));
  }
  const usage = countUsage(new Set(publishersByTerm.keys()));
  const everyday = new Set<string>();
  for (const [term, publishers] of publishersByTerm) {
    let others = 0;
    let othersUsing = 0;
    for (const document of documents) {
      if (publishers.has(publisherOf(document))) continue;
      others += passageCounts.get(document.id) ?? 0;
      othersUsing += usage.get(term)?.get(document.id) ?? 0;
    }
    if (others > 0 && othersUsing / others > EVERYDAY_SHARE) everyday.add(term);
  }
  return everyday;
}

/** A publisher word in more of other publishers' passages than this is an everyday word there. */
const EVERYDAY_SHARE = 0.1;

/**
 * The documents a question names by their source ("what did Localis recommend…",
 * "according to the BMJ…"), with the question terms that named them. A word in
 * `everydayTerms` (see everydaySourceTerms) names a source only with the rest of its
 * publisher's name.
 */
export function namedSources(
  question: string,
  documents: readonly DocumentMeta[],
  everydayTerms: ReadonlySet<string> = NO_TERMS,
): { docIds: Set<string>; terms: Set<string> } {
  const asked = new Set(analyse(question));
  const byTerm = documentsBySourceTerm(documents);
  const positions = new Set<number>();
  for (const term of asked) {
    for (const position of byTerm.get(term) ?? []) {
      const document = documents[position];
      if (!everydayTerms.has(term) || (document !== undefined && namedInFull(document, asked))) positions.add(position);
    }
  }
  const titled = documentsByTitleNamed(question, documents);
  for (const position of titled) positions.add(position);
  const docIds = new Set<string>();
  const terms = new Set<string>();
  for (const position of [...positions].sort((a, b) => a - b)) {
    const document = documents[position];
    if (!document) continue;
    docIds.add(document.id);
    for (const term of sourceTerms(document)) if (asked.has(term) && !everydayTerms.has(term)) terms.add(term);
    if (titled.has(position)) for (const term of analyse(shortTitle(document.title).join(" "))) terms.add(term);
    // "The Health Foundation" named in full: its "health" names the source, not the topic.
    const fullName = publisherTerms(document);
    if (fullName.every((term) => asked.has(term))) for (const term of fullName) terms.add(term);
  }
  return { docIds, terms };
}

/**
 * A title's main part, before its subtitle, as words: "Next Stop: Rebuilding England's Local
 * Bus Network" is "next stop". A title with no subtitle reads as a description ("Local bus
 * services in England"), which a question may use without meaning the document.
 */
function shortTitle(title: string): string[] {
  const colon = title.indexOf(":");
  return colon === -1 ? [] : words(title.slice(0, colon));
}

/**
 * Positions of the documents whose short title the question writes out word for word ("What
 * are the Next Stop report's recommendations?"), indexed by the title's first word once per
 * document list.
 */
function documentsByTitleNamed(question: string, documents: readonly DocumentMeta[]): Set<number> {
  let byFirstWord = titleIndexCache.get(documents);
  if (byFirstWord === undefined) {
    const built = new Map<string, { position: number; title: string[] }[]>();
    documents.forEach((document, position) => {
      const title = shortTitle(document.title);
      const [first] = title;
      if (first === undefined || title.length < MIN_TITLE_WORDS || analyse(title.join(" ")).length === 0) return;
      built.set(first, [...(built.get(first) ?? []), { position, title }]);
    });
    byFirstWord = built;
    titleIndexCache.set(documents, byFirstWord);
  }
  const asked = words(question);
  const found = new Set<number>();
  asked.forEach((word, start) => {
    for (const { position, title } of byFirstWord.get(word) ?? []) {
      if (title.every((titleWord, i) => asked[start + i] === titleWord)) found.add(position);
    }
  });
  return found;
}

/** Whether the question names the document's publisher of several words in full ("the Centre for Water and Public Policy"). */
function namedInFull(document: DocumentMeta, asked: ReadonlySet<string>): boolean {
  const name = publisherTerms(document);
  return name.length >= 2 && name.every((term) => asked.has(term));
}

const NO_TERMS: ReadonlySet<string> = new Set();

const titleIndexCache = new WeakMap<readonly DocumentMeta[], ReadonlyMap<string, readonly { position: number; title: string[] }[]>>();
/** A one-word main title ("Devolution: key points") is a topic, not a name. */
const MIN_TITLE_WORDS = 2;

function publisherTerms(document: DocumentMeta): string[] {
  let terms = publisherTermsCache.get(document);
  if (terms === undefined) {
    terms = analyse(document.publisher?.replace(/\s*\(.*$/, "") ?? "");
    publisherTermsCache.set(document, terms);
  }
  return terms;
}

const publisherTermsCache = new WeakMap<DocumentMeta, string[]>();

/** Document positions by source term, once per document list: a large corpus has thousands of documents. */
function documentsBySourceTerm(documents: readonly DocumentMeta[]): ReadonlyMap<string, readonly number[]> {
  let byTerm = sourceIndexCache.get(documents);
  if (byTerm === undefined) {
    const built = new Map<string, number[]>();
    documents.forEach((document, position) => {
      for (const term of sourceTerms(document)) {
        const positions = built.get(term);
        if (positions) positions.push(position);
        else built.set(term, [position]);
      }
    });
    byTerm = built;
    sourceIndexCache.set(documents, byTerm);
  }
  return byTerm;
}

const sourceIndexCache = new WeakMap<readonly DocumentMeta[], ReadonlyMap<string, readonly number[]>>();

/** Shorter id words are initials ("hf"), which users do not type. */
const MIN_ID_NAME_LENGTH = 3;
const GENERIC_SOURCE_TERMS = new Set(analyse("unknown news item essay collection report"));
