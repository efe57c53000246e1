import { analyse } from "../index-format/index.js";

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
  if (subject === "" || !/\p{Lu}/u.test(subject) || subject.split(/\s+/).length > MAX_SUBJECT_WORDS) return null;
  const names = [...previous.matchAll(NAME_RUN)];
  const last = names.at(-1);
  if (last?.index === undefined) return null;
  return previous.slice(0, last.index) + subject + previous.slice(last.index + last[0].length);
}

const MAX_SUBJECT_WORDS = 6;
const LEADING_FILLER = /^(?:\s*(?:the|a|an|in|for|of|at|on|about|with|from|to)\b)+\s*/i;
const TRAILING_FILLER = /\s+(?:one|ones|then|too|as well|instead)\s*$/i;
/**
 * A name in a question, past its first word: capitalised words in a row, small joining words
 * allowed between them ("Department of Health and Social Care"), a possessive left outside.
 */
const NAME_RUN = /(?<=\S\s+)\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}\p{N}-]*)*/gu;
