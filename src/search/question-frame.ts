import { analyse } from "../index-format/index.js";

/** A question with any wrapper about the documents themselves taken off. */
export interface FramedQuestion {
  /** The question that is about the topic: "how many ICSs England has?". */
  inner: string;
  /** The wrapper asked whether the sources agree or differ, so each source's answer is wanted. */
  acrossSources: boolean;
  /**
   * The message asks what the documents say, or which of them discuss something ("What do the
   * reports say about…", "Which documents mention…"): the answer gives each source's view.
   */
  eachSource: boolean;
  /**
   * What the message says besides its question ("Hi! Quick one:", "I've seen different numbers
   * quoted"): context at most, never the question itself. Empty when there is none.
   */
  remarks: string;
}

/**
 * Takes off a wrapper that asks about the documents rather than the topic: "Do the sources
 * agree on how many ICSs there are?", "What do the reports say about local revenue?",
 * "According to the documents, …". The wrapper's words are not topic — "agree" would match
 * "deals agreed", "sources" would ask for footnotes — so the inner question is what is asked.
 *
 * @example frameQuestion("Do the reports agree on how many ICSs there are?") // { inner: "how many ICSs there are?", acrossSources: true }
 */
export function frameQuestion(message: string): FramedQuestion {
  // "How many ICSs are there? Do the docs agree?": the wrapper may come after the question.
  const parts = message.split(PART_BREAK);
  const bare = parts.findIndex((part) => isBareWrapper(part.trim()));
  if (bare !== -1 && parts.length > 1) {
    const framed = frameQuestion(parts.filter((_, index) => index !== bare).join(" "));
    return { ...framed, acrossSources: framed.acrossSources || COMPARES.test(parts[bare] ?? ""), eachSource: true };
  }
  const { question, remarks } = splitRemarks(message);
  const wrapper = WRAPPERS.map((pattern) => pattern.exec(question)).find((match) => match !== null);
  const inner = wrapper ? question.slice(wrapper[0].length).trim() : "";
  if (!wrapper || !/\p{L}/u.test(inner)) return { inner: question, acrossSources: false, eachSource: WHICH_SOURCES.test(question), remarks };
  return { inner, acrossSources: COMPARES.test(wrapper[0]), eachSource: true, remarks };
}

/** Whether a message part asks: a question mark, or a question word or a request first ("list…"). */
export function asksSomething(part: string): boolean {
  return ASKS.test(part);
}

/** "Do the docs agree?", "What do the reports say?": a wrapper with no question inside. */
function isBareWrapper(part: string): boolean {
  const wrapper = WRAPPERS.map((pattern) => pattern.exec(part)).find((match) => match !== null);
  return wrapper !== undefined && !/\p{L}/u.test(part.slice(wrapper[0].length));
}

/**
 * A chat message is often more than its question: "hey - what does the CQC do?", "Hi! Quick
 * one: how many ICSs are there?", "How many ICSs are there? I've seen different numbers
 * quoted". When some of its parts ask (a question mark, a question word or a request first)
 * and others do not, the asking parts are the question and the rest are remarks. A message
 * with no asking part ("Greater Manchester budget"), or whose question refers back to the
 * rest ("Reform report: what are its recommendations?"), is all question.
 */
function splitRemarks(message: string): { question: string; remarks: string } {
  const parts = message.split(PART_BREAK).map((part) => part.trim()).filter((part) => /\p{L}/u.test(part));
  const asking = parts.filter((part) => ASKS.test(part));
  // "Reform report: what are its recommendations?" asks about what the remark names, and
  // "DevoConnect says 44 ICSs but I thought 42 - which doc says what?" asks nothing of its own.
  if (asking.length === 0 || asking.length === parts.length || asking.some((part) => REFERS_BACK.test(part) || !namesATopic(part))) {
    return { question: message, remarks: "" };
  }
  return { question: asking.join(" "), remarks: parts.filter((part) => !ASKS.test(part)).join(" ") };
}

/** Whether a part has a word besides those asking about the documents themselves. */
function namesATopic(part: string): boolean {
  return analyse(part).some((term) => !ABOUT_THE_DOCUMENTS.has(term));
}

const ABOUT_THE_DOCUMENTS: ReadonlySet<string> = new Set(
  analyse("doc docs document documents source sources report reports paper papers text texts one ones right correct true mean means"),
);
const REFERS_BACK = /\b(?:it|its|he|him|his|she|her|they|them|their|this|these|those|each|both|either|neither)\b/i;
/** After a sentence's end, a colon, or a dash set apart by spaces. */
const PART_BREAK = /(?<=[.!?])\s+|(?<=\S):\s+|\s+[-–—]+\s+/;
/** Words that open a question: a question word or an auxiliary ("what …", "does …"). */
export const QUESTION_OPENERS = "what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had";
const ASKS = new RegExp(
  String.raw`\?\s*$|^(?:please\s+|and\s+|so\s+|but\s+)?(?:${QUESTION_OPENERS}|tell|give|show|list|compare|summari[sz]e|outline|explain|describe|define|find)\b`,
  "i",
);

const COLLECTION = String.raw`(?:(?:the|all|both|these|those|your|our|any of the|all of the|all the|both of the|the different|the various)\s+)(?:sources?|documents?|docs?|reports?|papers?|publications?|texts?|stud(?:y|ies)|authors?|corpus)`;
const VERB = String.raw`(?:agree|disagree|differ|concur|say|state|tell us|conclude|think|find|argue|claim|suggest)`;
const WRAPPERS: readonly RegExp[] = [
  new RegExp(String.raw`^\s*(?:(?:what|how|where|why)\s+)?(?:do|does|did|would)\s+${COLLECTION}\s+${VERB}\b\s*(?:(?:on|about|over|regarding|as to|with regard to|that|in|whether)\b\s*)?`, "i"),
  new RegExp(String.raw`^\s*(?:according to|in|across)\s+${COLLECTION}\s*,?\s*`, "i"),
];
const WHICH_SOURCES = new RegExp(String.raw`\b(?:which|what)\s+(?:sources?|documents?|docs?|reports?|papers?|publications?|texts?|studies)\s+(?:discuss|mention|cover|address|talk about|say|look at|deal with|consider|refer to)\w*`, "i");
const COMPARES = /\b(?:agree|disagree|differ|concur)\b/i;
