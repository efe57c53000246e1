import { analyse } from "../index-format/index.js";

/**
 * For a question asking what someone said or found ("What did Norman Lamb say about waiting
 * times?", "What does the London mayor think of the deal?", "What did the inspectorate find
 * about lead pipes?"), a test that a sentence reports speech, a view or a finding: a verb of
 * saying or finding, "according to", or a quotation. A passage that only lists the speaker
 * among others ("five groups — Arriva, First… Stagecoach") does not say what they said. Null
 * when the speaker is one of the sources the question names ("What does Reform say…?" asks
 * what the document says, in any words) or a pronoun, and for other questions.
 */
export function speechSentenceTest(question: string, sourceTerms: ReadonlySet<string>): ((sentence: string) => boolean) | null {
  const speaker = ASKS_WHAT_SAID.exec(question)?.[1];
  if (speaker === undefined || IMPERSONAL_SPEAKER.test(speaker)) return null;
  const terms = analyse(speaker);
  if (terms.length === 0 || terms.every((term) => sourceTerms.has(term))) return null;
  return (sentence) => REPORTS_SPEECH.test(sentence);
}

const ASKS_WHAT_SAID =
  /^\s*(?:and\s+)?(?:what|how)\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:say|said|think|thought|argue|argued|write|wrote|tell|told|claim|claimed|believe|feel|warn|warned|find|found|conclude|concluded)\b/i;
/** "What do the reports say…", "What does it say…": the documents themselves, not a speaker. */
const IMPERSONAL_SPEAKER =
  /^(?:it|they|this|these|that|those|the\s+(?:reports?|documents?|docs?|papers?|sources?|corpus|texts?|evidence|research|literature|data))$/i;
const REPORTS_SPEECH =
  /[“”"]|\b(?:say|says|said|saying|told|tells|telling|stated?|states|argued?|argues|warn(?:s|ed)?|wrote|writes|written|writing|describ(?:e|es|ed|ing)|note[sd]?|add(?:s|ed)|comment(?:s|ed)?|explain(?:s|ed)?|claim(?:s|ed)?|insist(?:s|ed)?|believes?|believed|thinks?|welcomed?|welcomes|called|calls|found|finds|conclude[sd]?|concluding|according\s+to|in\s+the\s+words\s+of)\b/i;
