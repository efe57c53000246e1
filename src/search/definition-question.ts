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
  return (sentence) => {
    const opening = OPENING.exec(sentence)?.[0] ?? "";
    return analyse(opening).slice(0, SUBJECT_REACH).includes(head) && DEFINING_CUE.test(opening);
  };
}

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
