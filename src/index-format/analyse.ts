import { stem } from "porter2";
import { DEMONYMS } from "./demonyms.js";
import { IRREGULAR_FORMS } from "./irregular-forms.js";

/**
 * The one text analyser shared by the FlexSearch index, the ranker and the fact lookups:
 * retrieval and ranking must see the same terms or candidates and scores disagree.
 *
 * Steps: drop superscript footnote markers (NFKD would turn "cost.¹" into "cost 1"), fold
 * case and diacritics, split on anything that is not a letter or digit (keeping decimals
 * such as "107.8" whole), drop English stop-words, map irregular forms to their base word,
 * stem with Porter2.
 *
 * @example analyse("How many Integrated Care Systems?") // ["integr", "care", "system"]
 */
export function analyse(text: string): string[] {
  if (text.length > SHORT_TEXT_CHARS) return analyseWords(text);
  let terms = shortTextCache.get(text);
  if (terms === undefined) {
    terms = analyseWords(text);
    if (shortTextCache.size < CACHE_LIMIT) shortTextCache.set(text, terms);
  }
  return [...terms];
}

function analyseWords(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    const term = termOf(word);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/**
 * Stemming is most of the analyser's cost, and a corpus repeats its few thousand distinct
 * words hundreds of times each: each word is stemmed once. Titles and section headings
 * are analysed again with every passage under them: each distinct one is analysed once.
 * Both caches are bounded, so a long-running bot fed arbitrary questions cannot grow them
 * without limit. A full cache keeps what it has (the frequent words come early) rather
 * than starting over: a large corpus has more distinct words than the limit, and clearing
 * would throw the frequent ones away again and again.
 */
const CACHE_LIMIT = 200_000;
const SHORT_TEXT_CHARS = 200;
const termCache = new Map<string, string | null>();
const shortTextCache = new Map<string, readonly string[]>();

/**
 * The index term of one folded word; null for a stop-word, or for an irregular form of one
 * ("done" is "do"): "what should be done with the grant?" is about the grant.
 */
function termOf(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    term = STOP_WORDS.has(word) || STOP_WORDS.has(IRREGULAR_FORMS.get(word) ?? "") ? null : stemWord(word);
    if (termCache.size < CACHE_LIMIT) termCache.set(word, term);
  }
  return term;
}

/** Case- and accent-folded words of `text`, stop-words kept, unstemmed. */
export function words(text: string): string[] {
  const unmarked = text.replace(SUPERSCRIPTS, " ");
  const folded = (MAY_HOLD_ACRONYM_PLURAL.test(unmarked) ? unmarked.replace(ACRONYM_PLURAL, "$1") : unmarked)
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'");
  return folded.match(NOT_ASCII.test(folded) && NON_ASCII_WORD_CHAR.test(folded) ? WORD : ASCII_WORD) ?? [];
}

/**
 * Porter2 stem of one folded word; numbers are kept as written, nationality adjectives become
 * their place, irregular forms their base word ("wrote" stems as "write").
 */
export function stemWord(word: string): string {
  if (/^\d/.test(word)) return word;
  const base = DEMONYMS.get(word) ?? IRREGULAR_FORMS.get(word);
  if (base) return toVerbStem(undouble(stem(base)));
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word.replace(/'/g, "");
  // "commissioner" is one who commissions: Porter2 strips its "-er" but then keeps the "-ion".
  const agentOfAction = AGENT_OF_ACTION.exec(bare);
  return toVerbStem(undouble(stem(agentOfAction ? agentOfAction[1] ?? bare : bare)));
}

/**
 * Porter2 leaves a Latin noun and its verb apart where the noun's stem changed its last
 * consonant ("devolution" → "devolut", "devolve" → "devolv"; "provision", "provide"): the
 * noun's stem is rewritten to the verb's.
 */
function toVerbStem(term: string): string {
  for (const [ending, verbEnding] of NOUN_TO_VERB_ENDINGS) {
    if (term.length >= ending.length + 2 && term.endsWith(ending)) return term.slice(0, -ending.length) + verbEnding;
  }
  return term;
}

const NOUN_TO_VERB_ENDINGS: readonly (readonly [string, string])[] = [
  ["uct", "uc"],
  ["vis", "vid"],
  ["cis", "cid"],
  ["script", "scrib"],
  ["sumpt", "sum"],
  ["cept", "ceiv"],
];
const AGENT_OF_ACTION = /^(\w+ion)ers?$/;

/**
 * Porter2 undoubles the consonant left when it strips "-ing" or "-ed" ("staffing" → "staf")
 * but keeps it in the bare word ("staff"); undoubling every stem's last letter the same way
 * gives both one term.
 */
function undouble(term: string): string {
  return STEM_DOUBLE_ENDING.test(term) ? term.slice(0, -1) : term;
}

/** The doubles Porter2 undoubles after a suffix. */
const STEM_DOUBLE_ENDING = /(?:bb|dd|ff|gg|mm|nn|pp|rr|tt)$/;

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
// "ICSs", "CCGs": the plural of an acronym is the acronym (Porter2 would keep the "s").
const ACRONYM_PLURAL = /\b(\p{Lu}{2,})s\b/gu;
// Two code units that are capitals or not ASCII, then "s": every ACRONYM_PLURAL match holds
// one, and nine passages in ten hold none, so this cheaper scan spares the Unicode one.
const MAY_HOLD_ACRONYM_PLURAL = /[A-Z\u0080-\uffff]{2}s/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Letters/digits, with inner apostrophes ("england's") and decimal points ("107.8") kept.
const WORD = /[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu;
// WORD for folded text whose letters and digits are all ASCII (most text), where it finds
// the same words several times faster than the Unicode classes.
const ASCII_WORD = /[a-z0-9]+(?:['.,][a-z0-9]+)*/g;
const NON_ASCII_WORD_CHAR = /(?=[^\x00-\x7f])[\p{L}\p{N}]/u;
// A quick scan first: most folded text is all ASCII, and this finds that several times faster.
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * A conventional English stop-word list plus the question words users type ("how", "many",
 * "what"), which carry intent, not topic; intent is read separately by question analysis.
 * Contractions also come as chat types them, without the apostrophe ("whats", "dont").
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before
  being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
  don't down during each few for from further had hadn't has hasn't have haven't having he he'd
  he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into
  is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only
  or other ought our ours ourselves out over own same shan't she she'd she'll she's should
  shouldn't so some such than that that's the their theirs them themselves then there there's
  these they they'd they'll they're they've this those through to too under until up very was
  wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while
  who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
  yourself yourselves many much tell say says said according also yet s will may might must shall like
  whats whos hows wheres whens whys thats theres heres dont doesnt didnt isnt arent wasnt werent
  hasnt havent hadnt wouldnt couldnt shouldnt cant wont im ive youre theyre`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
