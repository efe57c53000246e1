/**
 * Scaling a corpus up for the benchmark: every document repeated with a new id and a
 * deterministically varied text, so copies are never byte-identical and the index sees
 * new term statistics and some new words, as a larger real corpus would.
 *
 * Only lower-case words of four letters or more are replaced: capitalised words, numbers,
 * punctuation, line breaks and tabs stay, so headings, numbered sections, footnotes,
 * tables and named bodies keep the shapes that cleaning and fact extraction read.
 */

/** One document file of a corpus folder. */
export interface CorpusText {
  id: string;
  text: string;
}

/** About one eligible word in this many is replaced in a copy. */
const REPLACE_ONE_IN = 8;
/** About one replacement in this many is an invented word, so the vocabulary grows with the corpus. */
const INVENT_ONE_IN = 8;
const ELIGIBLE_WORD = /\b[a-z]{4,}\b/g;

/** The id of copy `copy` (1-based) of document `id`; copy 0 is the original. */
export function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-x${copy}`;
}

/**
 * The lower-case words a copy may draw replacements from: those of the whole corpus,
 * sorted, so the choice depends on the corpus only.
 *
 * @example replacementWords(["the care system"]) // ["care", "system"]
 */
export function replacementWords(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.match(ELIGIBLE_WORD) ?? []) words.add(word);
  return [...words].sort();
}

/**
 * Copy `copy` of a text: copy 0 is the text itself; any other replaces about one eligible
 * word in REPLACE_ONE_IN by a word of `pool`, or now and then by an invented one spliced
 * from two pool words. The same arguments always give the same text.
 *
 * @example varyText("the care system works", 3, ["health", "service"])
 */
export function varyText(text: string, copy: number, pool: readonly string[]): string {
  if (copy === 0 || pool.length === 0) return text;
  const random = seededRandom(copy);
  const pick = () => pool[Math.floor(random() * pool.length)] ?? "";
  return text.replace(ELIGIBLE_WORD, (word) => {
    if (random() * REPLACE_ONE_IN >= 1) return word;
    if (random() * INVENT_ONE_IN >= 1) return pick();
    const head = pick();
    const tail = pick();
    return head.slice(0, Math.ceil(head.length / 2)) + tail.slice(Math.floor(tail.length / 2));
  });
}

/**
 * The documents of a corpus scaled `scale` times: the originals first, then copies 1 to
 * scale − 1 of each document.
 */
export function scaleCorpus(documents: readonly CorpusText[], scale: number): CorpusText[] {
  const pool = replacementWords(documents.map((document) => document.text));
  const scaled: CorpusText[] = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const document of documents) scaled.push({ id: copyId(document.id, copy), text: varyText(document.text, copy, pool) });
  }
  return scaled;
}

/** mulberry32: a small, fast PRNG; quality is ample for picking words. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
