/** A question with any wrapper about the documents themselves taken off. */
export interface FramedQuestion {
  /** The question that is about the topic: "how many ICSs England has?". */
  inner: string;
  /** The wrapper asked whether the sources agree or differ, so each source's answer is wanted. */
  acrossSources: boolean;
}

/**
 * Takes off a wrapper that asks about the documents rather than the topic: "Do the sources
 * agree on how many ICSs there are?", "What do the reports say about local revenue?",
 * "According to the documents, …". The wrapper's words are not topic — "agree" would match
 * "deals agreed", "sources" would ask for footnotes — so the inner question is what is asked.
 *
 * @example frameQuestion("Do the reports agree on how many ICSs there are?") // { inner: "how many ICSs there are?", acrossSources: true }
 */
export function frameQuestion(question: string): FramedQuestion {
  const wrapper = WRAPPERS.map((pattern) => pattern.exec(question)).find((match) => match !== null);
  const inner = wrapper ? question.slice(wrapper[0].length).trim() : "";
  if (!wrapper || !/\p{L}/u.test(inner)) return { inner: question, acrossSources: false };
  return { inner, acrossSources: COMPARES.test(wrapper[0]) };
}

const COLLECTION = String.raw`(?:(?:the|all|both|these|those|your|our|any of the|all of the|all the|both of the|the different|the various)\s+)(?:sources?|documents?|docs|reports?|papers?|publications?|texts?|stud(?:y|ies)|authors?|corpus)`;
const VERB = String.raw`(?:agree|disagree|differ|concur|say|state|tell us|conclude|think|find|argue|claim|suggest)`;
const WRAPPERS: readonly RegExp[] = [
  new RegExp(String.raw`^\s*(?:(?:what|how|where|why)\s+)?(?:do|does|did|would)\s+${COLLECTION}\s+${VERB}\s+(?:(?:on|about|over|regarding|as to|with regard to|that|in|whether)\b\s*)?`, "i"),
  new RegExp(String.raw`^\s*(?:according to|in|across)\s+${COLLECTION}\s*,?\s*`, "i"),
];
const COMPARES = /\b(?:agree|disagree|differ|concur)\b/i;
