import { analyse, isStopWord } from "../index-format/index.js";
import { QUESTION_OPENERS } from "./question-frame.js";

const FOLLOW_UP_START = /^\s*(?:and|or|but|what about|how about|same for|also)\b/i;
const FOLLOW_UP_MAX_TERMS = 2;

/** A short question that leans on the one before it: "and in Denmark?", "what about the CQC?". */
export function isFollowUp(question: string, ownTerms: readonly string[] = analyse(question)): boolean {
  return FOLLOW_UP_START.test(question) || ownTerms.length <= FOLLOW_UP_MAX_TERMS;
}

/**
 * The question a follow-up stands for: the previous question with its last name replaced by
 * what the follow-up names. "How do hospitals get paid in Israel?" then "and in Denmark?"
 * asks "How do hospitals get paid in Denmark?"; "What did Localis recommend on budgets?" then
 * "what about Reform?" asks what Reform recommended. Null when the question is not a
 * follow-up, names nothing, or the previous question names nothing to replace: the caller
 * then reads the two together.
 */
export function resolveFollowUp(question: string, previous: string): string | null {
  if (!isFollowUp(question)) return null;
  const subject = question
    .replace(FOLLOW_UP_START, "")
    .replace(/[?!.]+\s*$/, "")
    .replace(LEADING_FILLER, "")
    .replace(TRAILING_FILLER, "")
    .trim();
  if (subject === "" || !/\p{Lu}/u.test(subject) || ASKS.test(subject) || subject.split(/\s+/).length > MAX_SUBJECT_WORDS) return null;
  const names = [...previous.matchAll(NAME_RUN)];
  const last = names.at(-1);
  if (last?.index === undefined) return null;
  return previous.slice(0, last.index) + subject + previous.slice(last.index + last[0].length);
}

/**
 * A follow-up that names no subject of its own asks about the previous question's: "What is
 * an integrated care board?" then "how many are there?" asks how many integrated care boards
 * there are, and "what does it do?" after "What is the CQC?" asks what the CQC does. A word
 * that refers back ("it", "they", "its"…) becomes the subject; with none, the subject is what
 * "how many" counts, or is added after the question. The subject is the previous question's
 * last name, else its content words. Null when the question names its own subject or the
 * previous one has none.
 */
export function continueSubject(question: string, previous: string): string | null {
  const refersBack = REFERS_BACK.exec(question);
  const ownTerms = analyse(question).length;
  if (ownTerms > (refersBack ? MAX_TERMS_REFERRING_BACK : 0)) return null;
  const subject = subjectOf(previous);
  if (subject === null) return null;
  if (!refersBack) {
    const counted = COUNT_WITHOUT_NOUN.exec(question);
    if (counted) return question.slice(0, counted.index + counted[0].length) + ` ${subject}` + question.slice(counted.index + counted[0].length);
    return `${question.replace(/[?!.]+\s*$/, "")} — ${subject}?`;
  }
  const possessive = /^(?:its|their)$/i.test(refersBack[0]);
  return question.slice(0, refersBack.index) + (possessive ? `${subject}'s` : subject) + question.slice(refersBack.index + refersBack[0].length);
}

/** "how many are there?": the subject is what is counted. */
const COUNT_WITHOUT_NOUN = /\bhow many(?=\s+(?:are|were|is|was|do|does|did|have|has|had|will|would|can)\b)/i;
/** "it", "they", "its"… standing for the previous question's subject. */
const REFERS_BACK = /\b(?:it|its|they|them|their|this|these|those)\b/i;
/** "What is its budget?", "how are they funded in Denmark?": few words of their own. */
const MAX_TERMS_REFERRING_BACK = 3;

function subjectOf(previous: string): string | null {
  const name = [...previous.matchAll(NAME_RUN)].at(-1)?.[0];
  if (name !== undefined) return name;
  // From the first word that is not a stop-word to the last, as written: "place-based partnerships".
  const content = [...previous.matchAll(WRITTEN_WORD)].filter((match) => !isStopWord(match[0].toLowerCase()));
  const first = content[0];
  const last = content.at(-1);
  if (first?.index === undefined || last?.index === undefined) return null;
  return previous.slice(first.index, last.index + last[0].length);
}

const WRITTEN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MAX_SUBJECT_WORDS = 6;
/** "What is its budget?" is a question of its own, not a name to ask the previous one about. */
const ASKS = new RegExp(String.raw`^(?:${QUESTION_OPENERS})\b`, "i");
const LEADING_FILLER = /^(?:\s*(?:the|a|an|in|for|of|at|on|about|with|from|to)\b)+\s*/i;
const TRAILING_FILLER = /\s+(?:one|ones|then|too|as well|instead)\s*$/i;
/**
 * A name in a question, past its first word: capitalised words in a row, small joining words
 * allowed between them ("Department of Health and Social Care"), a possessive left outside.
 */
const NAME_RUN = /(?<=\S\s+)\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}\p{N}-]*)*/gu;
