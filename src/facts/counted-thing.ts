import { analyse, stemWord, words, type Fact, type NumberFact } from "../index-format/index.js";
import { conceptsOf, type Concept } from "./match-concepts.js";

/**
 * What a "how many X …?" question counts: X, as a concept (a body by any of its names, or any
 * of its words). Null when the question names no counted thing.
 *
 * @example countedThing("How many ICSs are there in England?", facts) // the Integrated Care System concept
 */
export function countedThing(question: string, facts: readonly Fact[]): Concept | null {
  const { phrase, plural } = throughFirstPlural(COUNTED_IN_QUESTION.exec(question)?.[1] ?? "");
  if (!phrase) return null;
  const terms = analyse(phrase);
  if (terms.length === 0) return null;
  const body = conceptsOf(phrase, facts).find((c) => c.body !== null && c.variants.some((variant) => endsWith(terms, variant)));
  if (body) return body;
  // The plural is the noun counted ("general and acute hospital beds" counts beds, not "five
  // general criteria"); without one, and without a parser, any of the words may name the thing.
  const counted = plural ? analyse(plural) : terms;
  return { variants: (counted.length > 0 ? counted : terms).map((term) => [term]), body: null };
}

/**
 * What follows "how many" up to its first plural: a count is of a plural noun, so "nurses left
 * the NHS" counts nurses and "local devolution deals agreed" counts deals.
 */
function throughFirstPlural(phrase: string): { phrase: string; plural: string | null } {
  const tokens = phrase.split(/\s+/).filter((token) => token !== "");
  const plural = tokens.findIndex(isPlural);
  return plural === -1 ? { phrase: tokens.join(" "), plural: null } : { phrase: tokens.slice(0, plural + 1).join(" "), plural: tokens[plural] ?? null };
}

/**
 * A plural ends in "s", but so do singulars ending in "ss", "us" or "is" ("bus routes",
 * "census areas", "crisis loans") and acronyms written in capitals ("NHS trusts"): the noun
 * counted comes after them. An acronym with a small "s" is plural ("ICSs").
 */
function isPlural(token: string): boolean {
  if (IRREGULAR_PLURALS.has(token.toLowerCase())) return true;
  if (/^\p{Lu}[\p{Lu}\d]+s$/u.test(token)) return true;
  return /s$/i.test(token) && !/(?:ss|us|is)$/i.test(token) && token !== token.toUpperCase();
}

const IRREGULAR_PLURALS = new Set(["people", "staff", "personnel", "children", "men", "women", "police"]);

/**
 * Whether a sentence states a count of the thing: a number (in digits or words) followed
 * within a few words of the same clause by the thing's name, as in "39 of 42 ICSs" or "four
 * competing health plans"; "five criteria: fewer hospital admissions" counts no hospitals.
 */
export function sentenceCounts(sentence: string, thing: Concept): boolean {
  const heads = new Set(thing.variants.map((variant) => variant.at(-1) ?? ""));
  return sentence.replace(MONEY, " ").split(CLAUSE_BREAK).some((clause) => {
    const tokens = words(clause);
    return tokens.some((token, i) => {
      if (!isNumberWord(token) || inRatio(tokens, i) || (token === "one" && !ONLY.has(tokens[i - 1] ?? ""))) return false;
      const following = tokens.slice(i + 1, i + 1 + COUNT_REACH);
      // "10 per cent because the company…", "seven years and affected sites": a share or a span, no count.
      if (!heads.has(stemWord(following[0] ?? "")) && MEASURE_UNITS.has(following[0] ?? "")) return false;
      return following.some((next) => heads.has(stemWord(next)));
    });
  });
}

/** Words after a number that make it a share or a length of time rather than a count of what follows. */
const MEASURE_UNITS = new Set(["per", "percent", "pc", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "decades"]);

/** "£70 million in new buses" is money spent on buses, not a count of them. */
const MONEY = /[£$€]\s?\d[\d,.]*(?:\s*(?:bn|m|k|billion|million|thousand)\b)?/gi;

/** Punctuation that ends a noun phrase; a comma only before a space, so "1,000" stays whole. */
const CLAUSE_BREAK = /[:;()–—]|,\s/;

/** "One in ten GP appointments" is a share of appointments, not a count of GPs: neither number counts. */
function inRatio(tokens: readonly string[], i: number): boolean {
  const denominatorAfter = (at: number): number =>
    tokens[at] === "in" ? at + 1 : tokens[at] === "out" && tokens[at + 1] === "of" ? at + 2 : -1;
  const numerator = isNumberWord(tokens[denominatorAfter(i + 1)] ?? "");
  const denominator =
    (tokens[i - 1] === "in" && isNumberWord(tokens[i - 2] ?? "")) ||
    (tokens[i - 1] === "of" && tokens[i - 2] === "out" && isNumberWord(tokens[i - 3] ?? ""));
  return numerator || denominator;
}

function isNumberWord(token: string): boolean {
  return /^\d/.test(token) || NUMBER_WORDS.has(token);
}

/**
 * "One" mostly picks out an example ("as one CCG chief executive told…"); it is a count after
 * a word that says so ("only one regional body").
 */
const ONLY = new Set(["only", "just", "exactly", "merely"]);

/** Words between a number and the noun it counts: "42 integrated care systems". */
const COUNT_REACH = 5;
const NUMBER_WORDS = new Set(
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion dozen dozens".split(" "),
);

/**
 * Whether a number counts the thing: the noun phrase its measure starts with ends in it.
 * "777 ICB members" counts members, not ICBs; "42 Integrated Care Systems" counts ICSs. A
 * figure in people or staff counts whatever word the language uses for them.
 */
export function countsThing(fact: NumberFact, thing: Concept): boolean {
  const head = measureHead(fact);
  if (thing.variants.some((variant) => endsWith(head, variant))) return true;
  const names = thing.variants.map((variant) => variant.at(-1) ?? "");
  return names.some((name) => (fact.unit === "people" && PEOPLE_WORDS.has(name)) || (fact.unit === "staff" && STAFF_WORDS.has(name)));
}

/** The analysed head of a number's measure, once per fact: every count question reads it. */
function measureHead(fact: NumberFact): string[] {
  let head = headCache.get(fact);
  if (head === undefined) {
    head = analyse(HEAD_PHRASE.exec(fact.measure.replace(LEADING_NUMBER_OF, ""))?.[1] ?? "");
    headCache.set(fact, head);
  }
  return head;
}

const headCache = new WeakMap<NumberFact, string[]>();

function endsWith(terms: readonly string[], tail: readonly string[]): boolean {
  if (tail.length === 0 || tail.length > terms.length) return false;
  return tail.every((term, i) => terms[terms.length - tail.length + i] === term);
}

const COUNTED_IN_QUESTION =
  /\b(?:how many|number of)\s+(.+?)(?=\s+(?:are|is|were|was|do|does|did|have|has|had|will|would|can|could|should|there|in|of|at|on|for|with|within|across|by|from|under|per|that|which|who|make|sit|exist|work|live)\b|[?.!,;]|$)/i;
const LEADING_NUMBER_OF = /^\s*(?:the\s+)?(?:total\s+)?number\s+of\s+/i;
/**
 * A measure's opening noun phrase: up to its first preposition, verb or clause word, or a
 * participle that opens a phrase of its own ("overflows fitted with monitors").
 */
const HEAD_PHRASE =
  /^(.*?)(?=\s+(?:in|of|for|to|with|within|across|by|from|on|at|under|over|that|which|who|is|are|was|were|has|have|had|will|would|could|should|working|covering|employed|[a-z]+ed\s+(?:with|by|from|under|into|through|on|at))\b|[,;:(]|$)/i;
const PEOPLE_WORDS = new Set(analyse("people person persons inhabitants residents citizens population patients individuals"));
const STAFF_WORDS = new Set(analyse("staff employees workers workforce people personnel posts"));
