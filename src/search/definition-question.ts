import { analyse, prescribesInOwnVoice, takesAStance } from "../index-format/index.js";

/**
 * For a question asking what something is ("definition of delegation", "what is meant by
 * coterminosity?", "what does ACO mean?"), a test that a sentence defines it: the term is
 * followed at once by a gloss ("‘Devolution’ – the transfer of power…", "…a form of
 * delegation: the transfer…", "coterminosity means…", "storm overflows act as relief valves"), or
 * opens the sentence in quotation marks or followed by "is" or "are", or the sentence spells out
 * the acronym asked about. Null for other questions.
 */
export function definitionSentenceTest(question: string, ignoredTerms: ReadonlySet<string> = new Set()): ((sentence: string) => boolean) | null {
  const subject = definedSubject(question);
  if (subject === null) return null;
  const head = analyse(subject).find((term) => !ignoredTerms.has(term));
  if (head === undefined) return null;
  const acronym = ACRONYM.exec(subject.trim())?.[1] ?? null;
  const subjectTerms = new Set(analyse(subject));
  return (sentence) => {
    const sentenceWords = [...sentence.matchAll(WORD)];
    for (const [position, word] of sentenceWords.entries()) {
      if (analyse(word[0])[0] !== head) continue;
      const end = subjectEnd(sentenceWords, position, subjectTerms);
      const after = sentence.slice(end, end + CUE_REACH);
      if (GLOSS_CUE.test(after)) return true;
      const before = sentence.slice(0, word.index ?? 0);
      const clauseStart = Math.max(...[...before.matchAll(CLAUSE_OPENING)].map((match) => (match.index ?? 0) + match[0].length), 0);
      const leading = analyse(before.slice(clauseStart)).length;
      // "The logic of devolution is…" says what the logic is.
      if (leading < SUBJECT_REACH && !/\bof\s+$/i.test(before) && COPULA_CUE.test(after)) return true;
      if (leading === 0 && OPENING_QUOTE.test(sentence.charAt((word.index ?? 0) - 1))) return true;
    }
    return acronym !== null && spellsOut(sentence, acronym);
  };
}

/** What a question asking what something is asks about: "NHS dental contract" in "What is the NHS dental contract?". */
export function definedSubject(question: string): string | null {
  return DEFINITION_QUESTIONS.map((pattern) => pattern.exec(question)?.[1]).find((found) => found !== undefined) ?? null;
}

/**
 * Where the subject named from `position` ends: past its following words that are also the
 * subject's ("fantasy of optimum scale"), small words between them included.
 */
function subjectEnd(sentenceWords: readonly RegExpExecArray[], position: number, subjectTerms: ReadonlySet<string>): number {
  const endOf = (word: RegExpExecArray): number => (word.index ?? 0) + word[0].length;
  let end = endOf(sentenceWords[position] as RegExpExecArray);
  for (let next = position + 1; next < sentenceWords.length; next += 1) {
    const word = sentenceWords[next] as RegExpExecArray;
    const terms = analyse(word[0]);
    if (terms.length > 0 && !terms.every((term) => subjectTerms.has(term))) break;
    if (terms.length > 0) end = endOf(word);
  }
  return end;
}

/**
 * Whether the sentence gives the acronym's full form, as in "Getting It Right First Time
 * (GIRFT)": the initials of the words before "(GIRFT)" spell it, small joining words allowed.
 */
export function spellsOut(sentence: string, acronym: string): boolean {
  const at = sentence.search(new RegExp(String.raw`\(${acronym}s?\)`));
  if (at < 0) return false;
  const before = sentence.slice(0, at).split(/[\s-]+/).filter((word) => /^\p{L}/u.test(word));
  // A small "s" after a capital marks a plural ("DsPH": Directors of Public Health) and has no word of its own.
  let wanted = acronym.replace(/(?<=\p{Lu})s(?=\p{Lu})/gu, "").toLowerCase();
  for (let i = before.length - 1; i >= 0 && wanted !== ""; i -= 1) {
    const word = (before[i] ?? "").toLowerCase();
    if (word.startsWith(wanted.at(-1) ?? "")) wanted = wanted.slice(0, -1);
    else if (!JOINING_WORDS.has(word)) return false;
  }
  return wanted === "";
}

/**
 * Whether the text writes out the acronym's words anywhere, hyphenated words apart and in any
 * case ("in-vitro fertilisation" for IVF), small joining words allowed between them.
 *
 * @example writesOut("clinics for in-vitro fertilisation and donor insemination", "IVF") // true
 */
export function writesOut(text: string, acronym: string): boolean {
  const letters = acronym.replace(/s$/, "").toLowerCase();
  if (letters.length < 3) return false;
  const allWords = text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word !== "");
  for (let start = 0; start < allWords.length; start += 1) {
    let matched = 0;
    for (let i = start; i < allWords.length && matched < letters.length; i += 1) {
      const word = allWords[i] ?? "";
      if (word.startsWith(letters[matched] ?? "")) matched += 1;
      else if (!JOINING_WORDS.has(word) || matched === 0) break;
    }
    if (matched === letters.length) return true;
  }
  return false;
}

// "GIRFT", "A&E", and "TfN" or "DfE", whose small letter stands for a joining word.
const ACRONYM = /^(\p{Lu}(?:[\p{Lu}&]|\p{Ll}(?=\p{Lu})){0,8}\p{Lu})s?$/u;
const JOINING_WORDS = new Set(["of", "and", "for", "the", "in", "on", "to", "&"]);

const DEFINITION_QUESTIONS = [
  /^\s*(?:(?:a\s+|the\s+)?definition of|define|meaning of)\s+(.+?)[?.!]*\s*$/i,
  /^\s*what\s+(?:is|are)\s+(?:meant by\s+)?(?:an?\s+|the\s+)?(.+?)(?:\s+(?:all\s+)?about)?[?.!]*\s*$/i,
  /^\s*what\s+(?:does|do)\s+(.+?)\s+(?:mean|stand for)[?.!]*\s*$/i,
  // Typed as a chat query: "ACO stand for?", "GIRFT means?".
  /^\s*(\S+)\s+(?:stands?\s+for|means?)[?.!]*\s*$/i,
];
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** A sentence opening with a term in quotation marks introduces it: "‘Provider collaboratives’ bring together…". */
const OPENING_QUOTE = /['‘“"]/;
/** Characters after the term in which a defining cue must start. */
const CUE_REACH = 24;
/** Where a clause that may define opens: "…the case is clear – combined authorities are the main vehicle…". */
const CLAUSE_OPENING = /\s[–—]\s|[:;]\s/g;
/** Content terms a defining sentence (or clause) may put before its subject: "The term ‘devolution’ is…". */
const SUBJECT_REACH = 3;
const GLOSS_CUE = /^['’”]?\s*(?:(?:[–—:]|-\s)(?!\s*(?:in|on|at|for|with|from|but|and|or|so|as|while|although|though|because|if|when|where|which|not|yet|however)\b)|\((?!\d)|,?\s+(?:is defined as|means|refers to|describes|acts? as|serves? as)\b|,\s+(?:where|whereby|in which)\b)/;
/** "X is a …" defines; "X is being seen as…", "X is highly undefined", "X is not…" describe. */
const COPULA_CUE = /^['’”]?\s*,?\s+(?:is|are)\b(?!\s+(?:not|to|also|still|now|\p{L}+(?:ly|ed|ing))\b)/u;

/**
 * For a question asking when ("When did the deal start?", "in what year…"), a test that a
 * sentence states a date: a year or a month. Null for other questions.
 */
export function dateSentenceTest(question: string): ((sentence: string) => boolean) | null {
  return ASKS_WHEN.test(question) ? (sentence) => STATES_DATE.test(sentence) : null;
}

const ASKS_WHEN = /^\s*(?:and\s+)?when\b|\b(?:what|which|by which|in which|in what)\s+(?:year|month|date)\b/i;
const STATES_DATE =
  /\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * For a question asking who ("Who buys…?", "Which body oversees…?"), a test that a sentence
 * names someone the question does not: a capitalised name past the sentence's first word, or
 * an acronym anywhere. Null for other questions.
 */
export function agentSentenceTest(question: string): ((sentence: string) => boolean) | null {
  if (!ASKS_WHO.test(question)) return null;
  const asked = new Set(analyse(question));
  return (sentence) =>
    [...sentence.matchAll(PROPER_NAME)].some((match) => analyse(match[0]).some((term) => !asked.has(term)));
}

/**
 * What "who is X?" asks about when X is a name the passages write as one ("who are water uk"
 * and "Water UK"): then the question asks what X is, and X's own description answers it
 * without naming anyone else. Null for other questions, and for a description ("who is the
 * current Prime Minister?") that some passage does not write capitalised.
 *
 * @example identityOfName("who are water uk", ["The industry body Water UK welcomed…"]) // "water uk"
 */
export function identityOfName(question: string, passages: readonly string[]): string | null {
  const subject = IDENTITY_QUESTION.exec(question)?.[1]?.trim();
  if (subject === undefined || subject.split(/\s+/).length > MAX_IDENTITY_WORDS) return null;
  const written = new RegExp(String.raw`(?<![\p{L}\p{N}])${subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}(?![\p{L}\p{N}])`, "giu");
  const asName = (found: string): boolean => found.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
  return passages.some((text) => [...text.matchAll(written)].some((match) => asName(match[0]))) ? subject : null;
}

const IDENTITY_QUESTION = /^\s*(?:and\s+)?who\s+(?:is|are|was|were)\s+(?:the\s+)?([^?!.]+?)\s*[?.!]*\s*$/i;
const MAX_IDENTITY_WORDS = 5;

const ASKS_WHO = /^\s*(?:and\s+)?who\b|\bwhich\s+(?:body|bodies|organi[sz]ations?|person|people|department|agency|council)\b/i;
const PROPER_NAME = /(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}'’-]+|\b\p{Lu}{2,}s?\b/gu;

/**
 * For a question asking what a source proposes or argues ("What models does Reform
 * propose?"), a test that a sentence is in the document's own voice ("This paper presents…",
 * "We recommend…"): where a report states its thesis. For one asking what it recommends, a
 * sentence saying what should be done. Null for other questions.
 */
export function ownVoiceSentenceTest(question: string): ((sentence: string) => boolean) | null {
  if (ASKS_RECOMMENDATION.test(question)) return prescribesInOwnVoice;
  if (ASKS_STANCE.test(question)) return (sentence) => OWN_VOICE.test(sentence) && !QUOTED.test(sentence);
  // "Does Reform want X handed to the regions?" asks what the source would have done.
  return takesAStance(question) ? prescribesInOwnVoice : null;
}

const ASKS_RECOMMENDATION = /\b(?:recommend|suggest|urg)\w*\b|\bcall(?:s|ed|ing)?\s+for\b/i;
const ASKS_STANCE = /\b(?:propos|argu|conclu|advocat|envisag)\w*\b|\bput(?:s|ting)?\s+forward\b/i;
/** "This report is welcome," said the minister: someone else speaking of the document. */
const QUOTED = /[“”"]|\b(?:said|says)\b/;
const OWN_VOICE =
  /\b(?:this|our|the present)\s+(?:paper|report|study|briefing|essay|collection|document|publication|analysis|review|chapter)\b|\bwe\s+(?:propose|recommend|argue|suggest|conclude|call|set out|outline|present|believe)\b/i;
