/**
 * Whether a sentence says, in its source's own voice, what should be done ("… must be
 * aligned", "Local areas should be given …"): how a document recommends, numbered or not.
 * A quotation or "…, said the minister" reports someone else's view.
 */
export function prescribesInOwnVoice(sentence: string): boolean {
  return PRESCRIBES.test(sentence) && !REPORTED.test(sentence);
}

/** Modal verbs of obligation and verbs of advocacy. */
const PRESCRIBES = /\b(?:should|must|ought to|needs? to|recommends?|calls? for|urges?)\b/i;
const REPORTED = /[“”"]|\b(?:said|says|told)\b/i;
