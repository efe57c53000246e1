/** Verbs of advocacy: "did Localis back …", "what does Reform propose …". */
export const STANCE_VERBS: readonly string[] = ["back", "support", "endorse", "favour", "favor", "advocate", "urge", "propose", "call for", "argue for", "want"];

/**
 * Whether a question asks what a source calls for: a verb of advocacy right after an auxiliary
 * and its subject ("Does Reform want inspection handed to the regions?"). "How does X support …"
 * asks how, and "back" after a verb of motion ("go back", "pay back") is an adverb.
 */
export function takesAStance(question: string): boolean {
  return TAKES_A_STANCE.test(question.toLowerCase());
}

const TAKES_A_STANCE = new RegExp(
  String.raw`(?<!\bhow\s)\b(?:do|does|did|would|will)\s+(?:\S+\s+){1,5}?(?<!\b(?:go|goes|went|come|comes|came|bring|brings|brought|put|puts|pay|pays|paid|get|gets|got|give|gives|gave|look|looks|looked)\s)(?:${STANCE_VERBS.join("|")})\b`,
);
