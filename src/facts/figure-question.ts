import type { Fact } from "../index-format/index.js";
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
  return null;
}

const ASKS_PERCENTAGE = /\b(?:what|which)\s+(?:percentage|proportion|share|fraction)\b/i;
const ASKS_AMOUNT = /\bhow much\b/i;
const ASKS_COUNT = /\bhow many\b/i;
const PERCENTAGE = /\d\s*(?:%|per\s*cent\b|percent\b)|\b(?:half|third|quarter|fifth|tenth)s?\b/i;
const AMOUNT = /[£$€]\s?\d|\d\s*(?:bn|m|k)?\s*(?:pounds|euros|dollars|billion|million|thousand)\b|\b(?:twice|double|tripled|doubled|halved|times)\b/i;
