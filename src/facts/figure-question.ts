import { analyse, type Fact } from "../index-format/index.js";
import { countedThing, sentenceCounts } from "./counted-thing.js";

/**
 * For a question that plainly asks for a figure ("how many X", "how much", "what
 * percentage"), a test that a sentence gives one of the kind asked; null for other questions.
 * A passage that never states such a figure cannot answer, however many words it shares.
 *
 * @example figureSentenceTest("How many ICSs are there?", facts)?.("England has 42 ICSs.") // true
 */
export function figureSentenceTest(question: string, facts: readonly Fact[]): ((sentence: string) => boolean) | null {
  if (ASKS_PERCENTAGE.test(question)) return (sentence) => PERCENTAGE.test(sentence);
  if (ASKS_AMOUNT.test(question)) return (sentence) => AMOUNT.test(sentence) || PERCENTAGE.test(sentence);
  if (ASKS_COUNT.test(question)) {
    const thing = countedThing(question, facts);
    return thing ? (sentence) => sentenceCounts(sentence, thing) : (sentence) => /\d/.test(sentence);
  }
  const asked = ASKS_MEASURE.exec(question);
  const measure = asked?.[1] ?? asked?.[2];
  if (measure) {
    const stems = new Set(analyse(SAME_MEASURE[measure.toLowerCase()] ?? measure));
    return (sentence) => /\d/.test(sentence) && analyse(sentence).some((term) => stems.has(term));
  }
  return null;
}

const ASKS_PERCENTAGE = /\b(?:what|which)\s+(?:percentage|proportion|share|fraction)\b/i;
const ASKS_AMOUNT = /\bhow much\b/i;
const ASKS_COUNT = /\bhow many\b/i;
/**
 * "What is the population of Wigan?", "what was the average wait…", "what is the waiting time
 * target…": a measure named as a noun, after at most two words; or a keyword query that opens
 * with one ("population of Wigan").
 * The answer is a figure stated with that measure, not any sentence that shares the topic.
 */
const ASKS_MEASURE =
  /\bwhat (?:is|was|are|were|will be) (?:the |its |their )?(?:[\w-]+ ){0,2}?(average|mean|median|population|size|cost|price|value|rate|salary|cap|ceiling|limit|threshold|target)\b|^\s*(?:the )?(average|mean|median|population|size|cost|price|salary) (?:of|in)\b/i;
/** A population is stated as a number of people as often as it is named: "the area's 2.8 million inhabitants". */
const SAME_MEASURE: Record<string, string> = { population: "population inhabitants residents people" };
const PERCENTAGE = /\d\s*(?:%|per\s*cent\b|percent\b)|\b(?:half|third|quarter|fifth|tenth)s?\b/i;
const AMOUNT = /[£$€]\s?\d|\d\s*(?:bn|m|k)?\s*(?:pounds|euros|dollars|billion|million|thousand)\b|\b(?:twice|double|tripled|doubled|halved|times)\b/i;
