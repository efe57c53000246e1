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
  if (ASKS_PERCENTAGE.test(question)) return (sentence) => PERCENTAGE.test(sentence) || ONE_IN.test(sentence);
  const howMuch = howMuchAsks(question);
  if (howMuch === "amount") return (sentence) => AMOUNT.test(sentence) || PERCENTAGE.test(sentence);
  if (howMuch === "difference") return (sentence) => AMOUNT.test(sentence) || RATIO.test(sentence) || PERCENTAGE.test(sentence) || MEASURED.test(sentence);
  if (ASKS_DURATION.test(question)) return (sentence) => DURATION.test(sentence);
  if (ASKS_SPEED.test(question)) return (sentence) => DURATION.test(sentence) || WITHIN_TIME.test(sentence);
  if (ASKS_COUNT.test(question)) {
    // "How many of the folks on the boards are councillors?" counts a part, which the text may name in any words.
    const thing = ASKS_PART.test(question) ? null : countedThing(question, facts);
    return thing ? (sentence) => sentenceCounts(sentence, thing) : (sentence) => /\d/.test(sentence);
  }
  const sum = askedSum(question);
  if (sum !== null) return (sentence) => AMOUNT.test(sentence) && analyse(sentence).includes(sum);
  const asked = ASKS_MEASURE.exec(question);
  const measure = asked?.[1] ?? asked?.[2];
  if (measure) {
    const stems = new Set(analyse(SAME_MEASURE[measure.toLowerCase()] ?? measure));
    return (sentence) => /\d/.test(sentence) && analyse(sentence).some((term) => stems.has(term));
  }
  return null;
}

const ASKS_PERCENTAGE = /\b(?:what|which)\s+(?:percentage|proportion|share|fraction)\b/i;

/**
 * What "how much" asks: an amount ("how much is the grant?", "how much commissioning money…"),
 * a difference in any unit ("by how much…", "how much higher…"), or, before a word that is no
 * measure, a degree that no figure answers ("how much power do ICPs have?"). Null without it.
 */
export function howMuchAsks(question: string): "amount" | "difference" | "degree" | null {
  const asked = HOW_MUCH.exec(question);
  if (!asked) return null;
  if (asked[1]) return "difference";
  const following = (asked[2] ?? "").toLowerCase().split(/\s+/).filter((word) => word !== "");
  const [next] = following;
  if (next === undefined || HOW_MUCH_VERB.has(next)) return "amount";
  if (COMPARATIVES.has(next)) return "difference";
  for (const word of following) {
    if (HOW_MUCH_VERB.has(word)) break;
    if (MONEY_NOUNS.has(word)) return "amount";
    if (TIME_NOUNS.has(word)) return "difference";
  }
  return "degree";
}

const HOW_MUCH = /\b(by\s+)?how much\b((?:\s+[\p{L}'’-]+){0,4})/iu;
/** "How much is…", "how much of the budget…": the amount itself is asked. */
const HOW_MUCH_VERB = new Set(["is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "will", "would", "can", "could", "should", "of", "in", "goes", "went", "gets", "got"]);
const COMPARATIVES = new Set(["more", "less", "higher", "lower", "bigger", "smaller", "larger", "longer", "shorter", "faster", "slower", "greater", "extra", "further"]);
const MONEY_NOUNS = new Set(
  "money funding funds fund budget budgets cash spending spend cost costs revenue revenues income tax taxes investment savings saving grant grants pay salary salaries capital finance financing debt profit profits resources".split(" "),
);
/** A figure with its unit ("0.2 years higher"), which a bare year ("in 2016") is not. */
const MEASURED = /\d\s*(?:years?|months?|weeks?|days?|hours?|points?)\b/i;
const TIME_NOUNS = new Set(["time", "years", "months", "weeks", "days"]);
const ASKS_COUNT = /\bhow many\b/i;
const ASKS_DURATION = /\bhow long\b/i;
/** A length of time, in digits or words: "five-year fixed budgets", "a minimum of five years", "18 weeks". */
const DURATION = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|many)[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b/i;
const ASKS_PART = /\bhow many of\b/i;
/** "How quickly must firms publish spill data?": a time limit, such as "within an hour". */
const ASKS_SPEED = /\bhow\s+(?:quickly|soon|fast|promptly)\b/i;
const WITHIN_TIME =
  /\b(?:within|in under|no later than|inside)\s+(?:an?|one|two|three|four|five|six|seven|ten|twelve|\d+)\s+(?:working\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\b|\bimmediately\b|\breal[- ]time\b/i;
/**
 * "What is the population of Wigan?", "what was the average wait…", "what is the waiting time
 * target…": a measure named as a noun, after at most two words; or a keyword query that opens
 * with one ("population of Wigan").
 * The answer is a figure stated with that measure, not any sentence that shares the topic.
 */
const ASKS_MEASURE =
  /\bwhat(?: is| was| are| were| will be|['’]s|s) (?:the |its |their )?(?:[\w&'’-]+ ){0,2}?(average|mean|median|population|size|cost|price|value|rate|salary|cap|ceiling|limit|threshold|target|maximum|minimum)\b|^\s*(?:the )?(average|mean|median|population|size|cost|price|salary)(?: [\w&'’-]+){0,2}? (?:of|in|for)\b/i;
/** "What is the CQC's budget?", "what fine did the company get?": a sum of money, stated as one. */
const ASKS_SUM =
  /\bwhat(?: is| was| are| were| will be|['’]s|s) (?:the |its |their )?(?:[\w&'’-]+ ){0,3}?(budget|budgets|spending|funding|income|revenue|grant|allocation)\s*(?:[?.!]|$)|\bwhat\s+(budget|funding|grant|allocation|fine)\s+(?:did|does|do|will|has|have|was|is)\b/i;

/**
 * The sum "what is X's budget?" or "what fine did X get?" asks for, as a term ("budget"); null
 * for other questions. A figure answers it only as that sum: the average bill is no one's budget.
 *
 * @example askedSum("What is the CQC's budget?") // "budget"
 */
export function askedSum(question: string): string | null {
  const asked = ASKS_SUM.exec(question);
  const noun = asked?.[1] ?? asked?.[2];
  return noun === undefined ? null : (analyse(noun)[0] ?? null);
}
/** A population is stated as a number of people as often as it is named: "the area's 2.8 million inhabitants". */
const SAME_MEASURE: Record<string, string> = { population: "population inhabitants residents people" };
const PERCENTAGE = /\d\s*(?:%|per\s*cent\b|percent\b)|\b(?:half|third|quarter|fifth|tenth)s?\b/i;
/** "One in five households": a share that answers "what proportion", though no sum "how much". */
const ONE_IN = /\b(?:one|1) in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred)\b/i;
const AMOUNT = /[£$€]\s?\d|\d\s*(?:bn|m|k)?\s*(?:pounds|euros|dollars|billion|million|thousand)\b/i;
/** "Almost twice as likely" says how much more, not how much: it answers a difference only. */
const RATIO = /\b(?:twice|double|tripled|doubled|halved|times)\b/i;
