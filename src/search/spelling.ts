import { isStopWord, stemWord } from "../index-format/index.js";

/** What spelling correction needs to know of words. */
export interface Lexicon {
  /** Whether a lower-case word is English as a dictionary spells it. */
  isEnglish(word: string): boolean;
  /** In how many passages the corpus uses a stemmed term; 0 when never. */
  passagesUsing(term: string): number;
}

export interface SpellingCorrection {
  from: string;
  to: string;
}

/**
 * Replaces the question's misspelt words ("waht is devolutoin?") with the word one typing
 * slip away that the corpus or the question's grammar uses. A word is left alone when the
 * corpus uses it, when it is English (a real word the corpus lacks, "pizza", is what tells an
 * off-topic question), when it is short or has an apostrophe, or when it is written with
 * capitals other than to start a sentence (a name or acronym the corpus does not know is a
 * reason to say "not found").
 * The commonest kind of slip that gives a word wins; within it a function word, then the
 * English word most passages use. With `names`, for a lookup of a name rather than a
 * question, capitalised words are mended too ("Care Quality Comission"). Pure.
 *
 * @example correctSpelling("waht is devolutoin?", lexicon) // { text: "what is devolution?", corrections: [...] }
 */
export function correctSpelling(
  question: string,
  lexicon: Lexicon,
  { names = false }: { names?: boolean } = {},
): { text: string; corrections: SpellingCorrection[] } {
  const corrections: SpellingCorrection[] = [];
  const text = question.replace(WORD, (word: string, offset: number) => {
    const startsSentence = names || SENTENCE_START.test(question.slice(0, offset));
    const lower = word.toLowerCase();
    const spelledOut = expandedAbbreviation(word, startsSentence, lexicon);
    if (spelledOut !== null) {
      corrections.push({ from: word, to: spelledOut });
      return spelledOut;
    }
    if (!mayBeMisspelt(word, startsSentence)) return word;
    if (lexicon.passagesUsing(stemWord(lower)) > 0 || lexicon.isEnglish(lower)) return word;
    const best = bestCandidate(lower, lexicon);
    if (best === null) return word;
    const corrected = word === lower ? best : best[0]!.toUpperCase() + best.slice(1);
    corrections.push({ from: word, to: corrected });
    return corrected;
  });
  return { text, corrections };
}

/** Letters only, with an apostrophe inside ("doctors'" is read without it). */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Shorter words have too many neighbours one slip away to guess which was meant. */
const MIN_LENGTH = 4;
/** Text before a word that starts a sentence, where a capital says nothing of a name. */
const SENTENCE_START = /(?:^|[.?!:;]\s+|\n)[\s"“'‘(]*$/;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/**
 * The full word for a short form typed in chat ("min requirements", "govt funding"), when the
 * corpus never uses the short form and does use the full word.
 */
function expandedAbbreviation(word: string, startsSentence: boolean, lexicon: Lexicon): string | null {
  if (word !== word.toLowerCase() && !(startsSentence && word.slice(1) === word.slice(1).toLowerCase())) return null;
  const lower = word.toLowerCase();
  const full = CHAT_ABBREVIATIONS.get(lower);
  if (full === undefined || lexicon.passagesUsing(stemWord(lower)) > 0 || lexicon.passagesUsing(stemWord(full)) === 0) return null;
  return word === lower ? full : full[0]!.toUpperCase() + full.slice(1);
}

/** Short forms of general English words, as typed in messages. */
const CHAT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  (
    "min:minimum max:maximum avg:average approx:approximately govt:government govts:governments gov:government " +
    "dept:department depts:departments info:information stats:statistics org:organisation orgs:organisations " +
    "yr:year yrs:years mgmt:management req:requirement reqs:requirements esp:especially incl:including " +
    "ppl:people bn:billion intl:international natl:national cllr:councillor cllrs:councillors exec:executive execs:executives"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

function mayBeMisspelt(word: string, startsSentence: boolean): boolean {
  if (word.length < MIN_LENGTH || /['’]/.test(word)) return false;
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase()) return false;
  return startsSentence || word[0] === word[0]!.toLowerCase();
}

/**
 * An English word the corpus uses, of the commonest kind of slip; failing that, a word whose
 * stem the corpus uses though the dictionary lacks it ("telemedicine"), short of its stem by
 * no more than an ending (not "triing", which stems as "tri").
 */
function bestCandidate(word: string, lexicon: Lexicon): string | null {
  const slips = slipsByKind(word);
  return bestOfKinds(slips, lexicon, true) ?? bestOfKinds(slips, lexicon, false);
}

function bestOfKinds(slips: readonly (readonly string[])[], lexicon: Lexicon, mustBeEnglish: boolean): string | null {
  for (const kind of slips) {
    let best: string | null = null;
    let bestUse = 0;
    for (const candidate of kind) {
      if (isStopWord(candidate)) return candidate;
      if (!startsWithTerm(candidate, lexicon)) continue;
      const stem = stemWord(candidate);
      const use = lexicon.passagesUsing(stem);
      if (use > bestUse && (mustBeEnglish ? lexicon.isEnglish(candidate) : candidate.length - stem.length <= MAX_SUFFIX)) {
        best = candidate;
        bestUse = use;
      }
    }
    if (best !== null) return best;
  }
  return null;
}

/**
 * A cheap test before stemming (which costs microseconds, times hundreds of candidates): a
 * Porter2 stem is a prefix of its word once its "y"s are written "i" ("trying" → "tri").
 */
function startsWithTerm(candidate: string, lexicon: Lexicon): boolean {
  const written = candidate.replace(/y/g, "i");
  for (let length = written.length; length >= MIN_STEM_LENGTH; length -= 1) {
    if (lexicon.passagesUsing(written.slice(0, length)) > 0 || lexicon.passagesUsing(candidate.slice(0, length)) > 0) return true;
  }
  return false;
}

const MIN_STEM_LENGTH = 2;
const MAX_SUFFIX = 3;

/**
 * The words one typing slip from `word`, by kind of slip, commonest first: two neighbouring
 * letters swapped, a letter left out, a wrong letter, a letter too many. A slip of an earlier
 * kind wins, so "rewading" is "rewarding", not "reading".
 */
function slipsByKind(word: string): string[][] {
  const swapped: string[] = [];
  const missing: string[] = [];
  const wrong: string[] = [];
  const extra: string[] = [];
  for (let i = 0; i + 1 < word.length; i += 1) swapped.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i <= word.length; i += 1) {
    for (const letter of ALPHABET) {
      missing.push(word.slice(0, i) + letter + word.slice(i));
      if (i < word.length && letter !== word[i]) wrong.push(word.slice(0, i) + letter + word.slice(i + 1));
    }
    if (i < word.length) extra.push(word.slice(0, i) + word.slice(i + 1));
  }
  return [swapped, missing, wrong, extra];
}
