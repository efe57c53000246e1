import { analyse } from "../index-format/index.js";

/**
 * For a question asking what something is ("definition of delegation", "what is meant by
 * coterminosity?", "what does ACO mean?"), a test that a sentence defines it: the sentence
 * opens with the thing and goes on with "is", "means", "refers to", a dash or a colon, as in
 * "‘Devolution’ – the transfer of power…". Null for other questions.
 */
export function definitionSentenceTest(question: string, ignoredTerms: ReadonlySet<string> = new Set()): ((sentence: string) => boolean) | null {
  const subject = DEFINITION_QUESTIONS.map((pattern) => pattern.exec(question)?.[1]).find((found) => found !== undefined);
  if (subject === undefined) return null;
  const head = analyse(subject).find((term) => !ignoredTerms.has(term));
  if (head === undefined) return null;
  const acronym = ACRONYM.exec(subject.trim())?.[1] ?? null;
  return (sentence) => {
    const opening = OPENING.exec(sentence)?.[0] ?? "";
    if (analyse(opening).slice(0, SUBJECT_REACH).includes(head) && DEFINING_CUE.test(opening)) return true;
    return acronym !== null && spellsOut(sentence, acronym);
  };
}

/**
 * Whether the sentence gives the acronym's full form, as in "Getting It Right First Time
 * (GIRFT)": the initials of the words before "(GIRFT)" spell it, small joining words allowed.
 */
export function spellsOut(sentence: string, acronym: string): boolean {
  const at = sentence.search(new RegExp(String.raw`\(${acronym}s?\)`));
  if (at < 0) return false;
  const before = sentence.slice(0, at).split(/[\s-]+/).filter((word) => /^\p{L}/u.test(word));
  let wanted = acronym.toLowerCase();
  for (let i = before.length - 1; i >= 0 && wanted !== ""; i -= 1) {
    const word = (before[i] ?? "").toLowerCase();
    if (word.startsWith(wanted.at(-1) ?? "")) wanted = wanted.slice(0, -1);
    else if (!JOINING_WORDS.has(word)) return false;
  }
  return wanted === "";
}

const ACRONYM = /^(\p{Lu}[\p{Lu}&]{1,9})s?$/u;
const JOINING_WORDS = new Set(["of", "and", "for", "the", "in", "on", "to", "&"]);

const DEFINITION_QUESTIONS = [
  /^\s*(?:(?:a\s+|the\s+)?definition of|define|meaning of)\s+(.+?)[?.!]*\s*$/i,
  /^\s*what\s+(?:is|are)\s+(?:meant by\s+)?(?:an?\s+|the\s+)?(.+?)[?.!]*\s*$/i,
  /^\s*what\s+(?:does|do)\s+(.+?)\s+(?:mean|stand for)[?.!]*\s*$/i,
];
/** The part of a sentence where a definition's subject and cue sit. */
const OPENING = /^.{0,90}/s;
/** Terms into a sentence its subject may come: "The term ‘devolution’ …". */
const SUBJECT_REACH = 3;
const DEFINING_CUE = /\b(?:is|are|means|mean|refers to|describes)\b|[–—:]|\s-\s|\(/;
