import { isStopWord, type NumberFact, type NumberUnit, type Passage } from "../../index-format/index.js";
import { splitSentences, type Sentence } from "./split-sentences.js";

/**
 * Figures stated in body and table passages: money, percentages, counts (digits or small
 * number words), people and staff, durations and simple ratios ("twice as likely").
 *
 * Not figures: anything in footnote or bibliography passages, table-of-contents lines,
 * section numbers ("2.1.1"), list markers, labels after a capitalised word ("Figure 4",
 * "Section 75", "Catch 22"), bare years (they become the `period` of other figures), days of
 * a date, lines carrying a DOI, ISBN, charity number or phone number, and counts with no noun
 * after them ("stage 1 or 2").
 *
 * Ids are `number:<passageId>:<k>`, k counting figures within the passage in text order.
 */
export function extractNumbers(passages: readonly Passage[]): NumberFact[] {
  const facts: NumberFact[] = [];
  for (const passage of passages) {
    if (passage.kind === "footnote" || passage.kind === "bibliography") continue;
    let k = 0;
    for (const sentence of splitSentences(passage.text)) {
      if (!MAY_HOLD_FIGURE.test(sentence.text) || SKIP_LINE.test(sentence.text) || TOC_LINE.test(sentence.text)) continue;
      for (const figure of findFigures(sentence.text)) {
        facts.push({
          type: "number",
          id: `number:${passage.id}:${k++}`,
          docId: passage.docId,
          passageId: passage.id,
          quote: sentence.text,
          raw: figure.raw,
          value: figure.value,
          unit: figure.unit,
          measure: figure.measure,
          period: findPeriod(sentence, figure.start),
        });
      }
    }
  }
  return facts;
}

interface Figure {
  raw: string;
  value: number;
  unit: NumberUnit;
  measure: string;
  start: number;
  end: number;
}

const SKIP_LINE = /\b(?:doi|ISBN|ISSN|charity no|registered charity number|Cite this|tel|telephone|phone)\b|\d{3,5} \d{3,4} \d{3,4}/i;
const TOC_LINE = /(?:\.{3,}|\t)\s*\d+\s*$|^(?:\d+\.)+\d*\s+\S.*\s\d+\s*$/;

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join("|");
const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
};
const CURRENCIES: Record<string, NumberUnit> = { "£": "GBP", "€": "EUR", $: "USD" };
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

const MONTH_WORD = new RegExp(String.raw`^(?:${MONTHS})$`);
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const DECIMAL = String.raw`(?:${DIGITS})(?:\.\d+)?`;

// Every pattern below needs a digit or a number word; with the widest flags any of them uses, so
// a sentence this rejects holds no figure. Most sentences hold none.
const MAY_HOLD_FIGURE = new RegExp(String.raw`\d|twice|${NUMBER_WORD}`, "iu");

// Order matters: earlier patterns claim their span first.
const PATTERNS: { kind: "money" | "percent" | "duration" | "ratio" | "scaled" | "count"; re: RegExp }[] = [
  {
    kind: "money",
    re: new RegExp(String.raw`([£€$])\s?(${DECIMAL})(?:\s?(bn|billion|m|million|k|thousand|tn|trillion)\b)?`, "g"),
  },
  {
    kind: "percent",
    re: new RegExp(String.raw`(?<![\w.,])(${DECIMAL})(?:\s?[-–]\s?(${DECIMAL}))?\s?(?:per cent|percent|%)`, "g"),
  },
  {
    kind: "duration",
    re: new RegExp(String.raw`\b(${NUMBER_WORD}|${DECIMAL})[- ](year|month)s?\b(?![- ]old)`, "gi"),
  },
  {
    kind: "ratio",
    re: new RegExp(String.raw`\b(?:(twice)|(${NUMBER_WORD}|\d+) times(?= (?:as|more|less|higher|lower|greater|the)\b)|(?:one|1) in (${NUMBER_WORD}|${DIGITS}))\b(?![.,]\d)`, "gi"),
  },
  {
    kind: "scaled",
    re: new RegExp(String.raw`(?<![\w.,£€$-])(${DECIMAL})\s(million|billion|thousand)\b`, "g"),
  },
  {
    kind: "count",
    re: new RegExp(String.raw`(?<![\w.,£€$#/-])(${DIGITS})(?:\s?[-–]\s?(${DIGITS}))?(?![\w]|[.,:/]\d|\.\s?[\p{Lu}\d])|\b(${NUMBER_WORD})\b(?![- ](?:year|month))`, "giu"),
  },
];

function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const { kind, re } of PATTERNS) {
    for (const match of text.matchAll(re)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      const figure = readFigure(kind, match, text, start, end);
      taken.push([start, end]);
      if (figure) figures.push(figure);
    }
  }
  return withElidedMeasures(figures.sort((a, b) => a.start - b.start), text);
}

/**
 * A bare count that continues a list of counts measures what the count before it does:
 * "53 performance indicators for ICBs and 35 for trusts", "6 ICPs had never held a public
 * meeting and 9 had not published any minutes". Only counts joined by "and", "or" or a comma
 * to the one before are read this way.
 */
function withElidedMeasures(figures: Figure[], text: string): Figure[] {
  const result: Figure[] = [];
  for (const figure of figures) {
    const previous = result[result.length - 1];
    if (figure.measure !== "" || previous === undefined || previous.measure === "" || !ELIDED.test(text.slice(figure.start, figure.end))) {
      result.push(figure);
      continue;
    }
    if (!/(?:,|\band|\bor)\s+(?:only\s+|just\s+)?$/.test(text.slice(previous.end, figure.start).slice(-12))) {
      result.push(figure);
      continue;
    }
    const head = previous.measure.replace(/\s+(?:for|in|of|to|within|across)\s.*$/, "");
    const tail = /^\s+((?:for|in)\s+[^,;.()]{2,40}?)(?=\s+(?:and|or|who|which|that)\b|[,;.()]|$)/.exec(text.slice(figure.end))?.[1];
    result.push({ ...figure, measure: tail ? `${head} ${tail}` : head, unit: previous.unit });
  }
  return result.filter((figure) => figure.measure !== "");
}

// A count written in digits or a number word, with nothing else: what the elision applies to.
const ELIDED = /^(?:\d{1,3}(?:,\d{3})+|\d+|[a-z]+)$/i;

function readFigure(
  kind: (typeof PATTERNS)[number]["kind"],
  match: RegExpMatchArray,
  text: string,
  start: number,
  end: number,
): Figure | null {
  const raw = match[0];
  switch (kind) {
    case "money": {
      const unit = CURRENCIES[match[1] ?? ""] ?? "GBP";
      const value = toNumber(match[2]) * (SCALES[(match[3] ?? "").toLowerCase()] ?? 1);
      return { raw, value, unit, measure: measureAround(text, start, end, false), start, end };
    }
    case "percent":
      return { raw, value: toNumber(match[1]), unit: "percent", measure: percentMeasure(text, start, end), start, end };
    case "duration": {
      // "Five Year Forward View", "NHS Five year forward view": a title, not a duration.
      if (/\p{Lu}\S* Year/u.test(raw) || isLabel(text, start)) return null;
      const value = wordOrNumber(match[1]);
      const unit: NumberUnit = /^month/i.test(match[2] ?? "") ? "months" : "years";
      return { raw, value, unit, measure: measureAround(text, start, end, false), start, end };
    }
    case "ratio": {
      // "ranked 1 in 2022": a place and a year, not a ratio.
      if (isYear(match[3] ?? "")) return null;
      const value = match[1] ? 2 : match[2] ? wordOrNumber(match[2]) : 1 / wordOrNumber(match[3]);
      return { raw, value, unit: "ratio", measure: measureAround(text, start, end, false), start, end };
    }
    case "scaled": {
      const value = toNumber(match[1]) * (SCALES[(match[2] ?? "").toLowerCase()] ?? 1);
      // "Patronage fell from 2.3 billion to 1.5 billion": with no noun of its own, what changed.
      const changed = ofPhrase(text, end) === "" && nounPhraseAfter(text, end) === "" ? changedPhrase(text, start) : "";
      const measure = changed || measureAround(text, start, end, false);
      return { raw, value, unit: unitFromMeasure(measure, text), measure, start, end };
    }
    case "count":
      return readCount(match, text, start, end);
  }
}

function readCount(match: RegExpMatchArray, text: string, start: number, end: number): Figure | null {
  const digits = match[1];
  if (digits !== undefined) {
    if (isYear(digits) && (match[2] === undefined || isNextYear(digits, match[2]))) return null; // a year, or a financial year ("2015-16")
    if (isLabel(text, start)) return null;
    if (new RegExp(String.raw`^\s+(?:${MONTHS})\b`).test(text.slice(end))) return null; // day of a date
    if (/^\s*(?:(?:working|calendar|business|clear)\s+)?(?:days?|weeks?|hours?|minutes?|quarters?|halves|thirds)\b/i.test(text.slice(end))) return null;
  } else if (/^\s*(?:quarters?|halves|thirds|times|days?|weeks?|hours?|minutes?|of (?:the|them|these|those)\b)/i.test(text.slice(end))) {
    return null;
  }
  const value = digits !== undefined ? toNumber(digits) : wordOrNumber(match[3]);
  const phrase = nounPhraseAfter(text, end) || partOfPhrase(text, end) || predicatePhrase(text, end);
  if (digits === undefined) {
    // A number word counts only a plural noun: "three drivers", not "three of them".
    if (!PLURAL_HEAD.test(headWord(phrase))) return null;
    return { raw: match[0], value, unit: unitFromMeasure(phrase, ""), measure: phrase, start, end };
  }
  const measure = phrase || fromCountPhrase(text, start) || numberOfPhrase(text, start) || changedPhrase(text, start) || phraseBeforeFigure(text, start, end);
  // No measure yet: a later step may read one from the list this count continues.
  return { raw: match[0], value, unit: unitFromMeasure(measure, ""), measure, start, end };
}

const PLURAL_HEAD = /(?:[^su'’]s|people|staff|children|police|media|criteria|data|personnel)$/i;

/** The head noun of a phrase: its last word before any "for …", "of …" tail. */
function headWord(phrase: string): string {
  const head = phrase.split(/\s+(?:for|of|in|to|within|across)\s+/)[0] ?? "";
  return head.split(/\s+/).pop() ?? "";
}

/** "39 of 42 ICSs": a part counts what the whole after "of" counts. */
function partOfPhrase(text: string, end: number): string {
  const whole = /^\s+of\s+(?:the\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)(?=\s)/.exec(text.slice(end));
  return whole ? nounPhraseAfter(text, end + whole[0].length) : "";
}

/** "of the 777 members, 466 were NHS members": the noun phrase after "were"/"are". */
function predicatePhrase(text: string, end: number): string {
  const verb = /^\s+(?:were|are|was|is)\s+(?=\p{L})/u.exec(text.slice(end));
  if (!verb) return "";
  const phrase = nounPhraseAfter(text, end + verb[0].length - 1);
  return PLURAL_HEAD.test(headWord(phrase)) ? phrase : "";
}

/** "Figure 4", "Section 75", "Catch 22", "Number 10", "stage 1", "aged 75": a number that names rather than counts. */
function isLabel(text: string, start: number): boolean {
  const before = text.slice(0, start);
  if (/^\s*$/.test(before) && /^\d+[.)]\s/.test(text.slice(start))) return true; // list marker
  if (/\b(?:aged|ages?(?: of)?)(?:\s+(?:under|over|between|from|up to))?\s+$/i.test(before)) return true; // an age
  if (/(?:^|\s)(?:Figure|Table|Section|Chapter|Recommendation|Box|Annex|Appendix|Part|Number|page|pages|p\.|pp\.|no\.|stage|level|tier|Phase|Step|Myth|Article|Clause|Schedule)\s$/i.test(before)) return true;
  // After a capitalised word that is neither possessive nor the first of the sentence.
  const word = /(?:^|[^.:;!?]\s)(\p{Lu}[\p{L}&-]*)\s$/u.exec(before)?.[1];
  if (word === undefined || /['’]s?$/.test(word)) return false;
  // A list item's marker does not open its sentence: "• Around 700,000 learners…".
  const sentenceInitial = /^\s*(?:[-•*–·▪]\s+|\d{1,2}[.)]\s+)?\S+\s$/.test(before);
  return !(sentenceInitial && (isStopWord(word.toLowerCase()) || /ly$|^(?:Around|Almost|Nearly|Just|Some)$/.test(word)));
}

function percentMeasure(text: string, start: number, end: number): string {
  const of = ofPhrase(text, end);
  if (of !== "") return of;
  const share = /\b(?:percentage|proportion|share) of [^,;()–—]{3,90}?(?=\s+(?:is|are|was|were|in|has|have|fell|rose|grew|increased|decreased|dropped|drops|doubled|halved|from)\b|[,;()]|$)/i.exec(text);
  if (share) return share[0];
  return measureAround(text, start, end, true);
}

/**
 * What a figure measures: "<figure> of <NP>", "<NP> of (about) <figure>", "<figure> <NP>",
 * the noun phrase before a parenthesised figure ("commissioning resources (£107.8 billion …) to
 * ICBs"), else the words of its clause.
 */
function measureAround(text: string, start: number, end: number, skipNounAfter: boolean): string {
  const inParens = parenthesisAround(text, start, end);
  if (inParens) {
    const before = text.slice(0, inParens.open);
    if (/\d[\p{L}]*\s*$/u.test(before)) {
      // "£6bn (€7bn; $8bn) health and social care budget": the alternative currencies measure what the first does.
      const after = nounPhraseAfter(text, inParens.close + 1);
      if (after !== "") return after;
    }
    // "(£107.8 billion in 2022-23)", "(500,000 in Shropshire to 3.5 million in …)": figures
    // opening a parenthesis measure the noun phrase before it.
    const opensWithFigure = /^\s*(?:[£€$]\s?)?\d/.test(text.slice(inParens.open + 1));
    const np = text.slice(inParens.open + 1, start).trim() === "" || opensWithFigure ? nounPhraseBefore(text, inParens.open) : "";
    if (np !== "") {
      const tail = /^\s*((?:to|for|from|on|by)\s+[^,;.()]{2,40}?)(?=\s+(?:who|which|that|and|is|are|was|were)\b|[,;.()]|$)/.exec(
        text.slice(inParens.close + 1),
      );
      return tail?.[1] ? `${np} ${tail[1]}` : np;
    }
  }
  const of = ofPhrase(text, end);
  if (of !== "") return of;
  const ofBefore = OF_BEFORE.exec(text.slice(0, start));
  if (ofBefore) {
    const np = nounPhraseBefore(text, ofBefore.index);
    if (np !== "") return np;
  }
  // "spent £310 million on mental health services"
  const on = /^\s+on\s+/.exec(text.slice(end));
  if (on && /\b(?:spent|spends?|spending|invested|invests?|allocated|allocates?|cost|costs)\s+(?:\w+\s+){0,2}$/i.test(text.slice(0, start))) {
    const np = nounPhraseAfter(text, end + on[0].length - 1);
    if (np !== "") return np;
  }
  if (!skipNounAfter) {
    const alternatives = /^\s*\([^()]*\d[^()]*\)/.exec(text.slice(end));
    const after = nounPhraseAfter(text, alternatives ? end + alternatives[0].length : end);
    if (after !== "") return after;
  }
  return clauseWords(text, start, end);
}

/** "populations of around 250,000 - 500,000", "size (500,000 in Shropshire …)". */
function phraseBeforeFigure(text: string, start: number, end: number): string {
  const inParens = parenthesisAround(text, start, end);
  if (inParens && text.slice(inParens.open + 1, start).trim() === "") return nounPhraseBefore(text, inParens.open);
  const ofBefore = OF_BEFORE.exec(text.slice(0, start));
  const np = ofBefore ? nounPhraseBefore(text, ofBefore.index) : "";
  // "populations of 250,000", not "the age of 75": only a plural noun is counted this way.
  return PLURAL.test(np) ? np : "";
}

const PLURAL = /[^su'’]s$/;
const OF_BEFORE = /\bof\s+(?:(?:just|around|about|over|almost|nearly|some|approximately|roughly|more|less|than|up|to|at|least|between)\s+)*$/i;

function parenthesisAround(text: string, start: number, end: number): { open: number; close: number } | null {
  const open = text.lastIndexOf("(", start);
  if (open < 0 || text.lastIndexOf(")", start) > open) return null;
  const close = text.indexOf(")", end);
  return close < 0 ? null : { open, close };
}

function ofPhrase(text: string, end: number): string {
  const rest = text.slice(end);
  const of = /^\s+of\s+/.exec(rest);
  if (!of) return "";
  return nounPhraseAfter(text, end + of[0].length, true);
}

const NP_WORD = /^[‘'"“]?[\p{L}][\p{L}\p{N}'’&-]*[’'"”]?$/u;
const TAIL_PREPOSITIONS = new Set(["for", "of", "in", "to", "within", "across"]);
const MAX_NP_WORDS = 7;

/** The noun phrase starting at `from`: words up to a stop-word, verb-like "-ing" break or punctuation. */
function nounPhraseAfter(text: string, from: number, allowDeterminer = false): string {
  const rest = text.slice(from);
  if (!/^\s/.test(rest) && from > 0 && !allowDeterminer) return "";
  const tokens = rest.trimStart().split(/\s+/);
  const taken: string[] = [];
  let usedPreposition = false;
  let tailCase: boolean | null = null;
  for (let i = 0; i < tokens.length && taken.length < MAX_NP_WORDS; i++) {
    const token = tokens[i] ?? "";
    const word = token.replace(/[,;:.!?)\]⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u, "").replace(/^[‘'"“]+|[’'"”]+$/g, "");
    const lower = word.toLowerCase();
    if (!NP_WORD.test(word) || MONTH_WORD.test(word)) break;
    const previous = taken[taken.length - 1] ?? "";
    const isLower = /^\p{Ll}/u.test(word);
    // "inhabitants began", "organisations … together": a plural noun followed by a lower-case non-function word ends the phrase.
    if (isLower && PLURAL.test(previous) && /^\p{Ll}/u.test(previous) && !isStopWord(lower)) break;
    if (usedPreposition && tailCase !== null && isLower !== tailCase && !isStopWord(lower)) break;
    if (isStopWord(lower)) {
      const canJoin = lower === "and" && taken.length > 0;
      const canDeterminer = allowDeterminer && taken.length === 0 && /^(?:the|a|an|its|their|our|all|these|those)$/.test(lower);
      const canTail = !usedPreposition && taken.length > 0 && TAIL_PREPOSITIONS.has(lower);
      if (!canJoin && !canDeterminer && !canTail) break;
      if (canTail) usedPreposition = true;
      if (canTail) tailCase = null;
      if (canDeterminer) continue;
    } else if (/ing$/.test(lower) && taken.length > 0 && isInflectedBreak(taken, tokens[i + 1])) {
      break;
    }
    if (usedPreposition && tailCase === null && !isStopWord(lower)) tailCase = isLower;
    taken.push(word);
    if (/[,;:.!?)\]]$/.test(token)) break; // punctuation closes the phrase
  }
  while (taken.length > 0 && isStopWord((taken[taken.length - 1] ?? "").toLowerCase())) taken.pop();
  return taken.join(" ");
}

function isInflectedBreak(taken: string[], next: string | undefined): boolean {
  const previous = taken[taken.length - 1] ?? "";
  return /s$/.test(previous) || next === undefined || isStopWord(next.toLowerCase().replace(/[^a-z']/g, ""));
}

/** Up to four words before `before`, back to a stop-word or punctuation ("most of its commissioning resources"). */
function nounPhraseBefore(text: string, before: number): string {
  const tokens = text.slice(0, before).trimEnd().split(/\s+/);
  const taken: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && taken.length < 4; i--) {
    const token = tokens[i] ?? "";
    if (/[,;:.!?()]$/.test(token) && taken.length > 0) break;
    const word = token.replace(/^[(‘'"“]+|[’'"”,;:]+$/g, "");
    if (!NP_WORD.test(word) || isStopWord(word.toLowerCase())) break;
    taken.unshift(word);
    if (/^[(‘'"“]/.test(token)) break;
  }
  return taken.join(" ");
}

/**
 * "the number of staff working for NHS England": what a bare "from 5,776 to 15,630" counts; an
 * aside in brackets may sit in it ("the number of overflows fitted with Event Duration
 * Monitoring (EDM) rose from 12,000 …").
 */
function numberOfPhrase(text: string, start: number): string {
  const re = /\b(number (?:of|working|employed)\b(?:[^,;:–—()]|\([^()]*\))*?)(?=\s+(?:alone\s+)?(?:almost|over|more|increased|decreased|rose|fell|grew|doubled|tripled|halved|drops|dropped|is|was|were|are|has|have|had|in)\b)/gi;
  let best = "";
  for (const match of text.slice(0, start).matchAll(re)) best = match[1] ?? best;
  return best;
}

/**
 * "Apprenticeship starts fell to 337,140 in 2022-23, from 509,400", "inspections fell from
 * around 1,800 a year to just over 600": a bare figure that a quantity rose or fell to (or
 * from), reached or stood at measures that quantity, the noun phrase before the verb (an aside
 * in brackets just before it left out). A figure after "by" is the change, not the quantity,
 * and is left alone.
 */
function changedPhrase(text: string, start: number): string {
  const verb = CHANGED_TO.exec(text.slice(0, start));
  if (!verb) return "";
  const before = text.slice(0, verb.index).replace(/\s*\([^()]*\)\s*$/, "");
  // The clause's subject whole ("Spills from its overflows"), unless it runs long.
  let clauseStart = 0;
  for (const match of before.matchAll(/[,;:(–—](?!\d)/g)) clauseStart = (match.index ?? 0) + 1;
  const subject = trimFunctionWords(before.slice(clauseStart));
  return subject.split(" ").length <= MAX_SUBJECT_WORDS ? subject : nounPhraseBefore(text, before.length);
}

const MAX_SUBJECT_WORDS = 6;

/** Words that qualify a figure: "just over 600", "around 1,800". */
const QUALIFIERS = String.raw`(?:(?:just|around|about|over|under|almost|nearly|some|approximately|roughly|more than|less than|fewer than)\s+)*`;
const CHANGE_VERB = String.raw`(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined|reached|stood at|totalled|totaled)`;
const CHANGED_TO = new RegExp(
  String.raw`\b${CHANGE_VERB}\s+(?:to\s+(?:(?:${DIGITS})\s+[^,;:()]*?,?\s+from\s+)?|from\s+(?:${QUALIFIERS}[£€$]?(?:${DECIMAL})(?:\s+[^,;:()]*?)?\s+to\s+)?)?${QUALIFIERS}$`,
  "i",
);

/**
 * "rose from 862 overflows in 2016 to 15,400 in 2024": the figure a change went to counts
 * what the figure it came from counted.
 */
function fromCountPhrase(text: string, start: number): string {
  const from = FROM_COUNT_TO.exec(text.slice(0, start));
  return from ? nounPhraseAfter(text, (from.index ?? 0) + from[0].indexOf(from[1] ?? "") + (from[1] ?? "").length) : "";
}

const FROM_COUNT_TO = new RegExp(String.raw`\bfrom\s+${QUALIFIERS}(${DIGITS})(?:\s+[^,;:()]*?)?\s+to\s+${QUALIFIERS}$`, "i");

/** The words of the figure's clause, before it when there are any, else after it; periods left out (they have their own field). */
function clauseWords(text: string, start: number, end: number): string {
  const own = clauseAround(text, start, end);
  if (own !== "") return own;
  const head = text.search(/[,;:(–—]/);
  return head > 0 && head < start ? trimFunctionWords(withoutPeriods(text.slice(0, head))) : "";
}

function withoutPeriods(text: string): string {
  return text.replace(/\b(?:19|20)\d\d(?:[-–/]\d{2,4})?\b/g, " ");
}

function clauseAround(text: string, start: number, end: number): string {
  const before = withoutPeriods(text.slice(0, start));
  let clauseStart = 0;
  for (const match of before.matchAll(/[,;:(–—](?!\d)/g)) clauseStart = (match.index ?? 0) + 1;
  const lead = trimFunctionWords(before.slice(clauseStart));
  if (lead !== "") return lead;
  const after = text.slice(end);
  const stop = after.search(/[,;:()–—]|\.\s|\.$/);
  return trimFunctionWords(withoutPeriods(stop < 0 ? after : after.slice(0, stop)));
}

function trimFunctionWords(phrase: string): string {
  const words = phrase
    .replace(/[^\p{L}\p{N}£€$'’\s-]/gu, " ")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "-");
  while (words.length > 0 && isStopWord((words[0] ?? "").toLowerCase())) words.shift();
  while (words.length > 0 && isStopWord((words[words.length - 1] ?? "").toLowerCase())) words.pop();
  return words.slice(0, 12).join(" ");
}

function unitFromMeasure(measure: string, sentence: string): NumberUnit {
  if (/\b(?:staff|employees|workers|workforce|headcount|working|employed)\b/i.test(measure)) return "staff";
  if (/\b(?:people|inhabitants|residents|population|populations|citizens|patients|adults|children)\b/i.test(measure)) return "people";
  if (measure === "" && /\bpeople\b/.test(sentence)) return "people";
  return "count";
}

function findPeriod(sentence: Sentence, figureStart: number): string | null {
  const text = sentence.text;
  const candidates: { text: string; at: number; rank: number }[] = [];
  const add = (re: RegExp, rank: number, group = 0) => {
    for (const match of text.matchAll(re)) {
      const value = match[group];
      if (value) candidates.push({ text: value, at: match.index ?? 0, rank });
    }
  };
  add(new RegExp(String.raw`\bbetween (?:(?:${MONTHS}) )?(?:19|20)\d\d and (?:(?:${MONTHS}) )?(?:19|20)\d\d\b`, "gi"), 0);
  add(/(?<![\d/-])((?:19|20)\d\d[-–/](?:(?:19|20)\d\d|\d{1,2}))(?![\d-])/g, 1, 1);
  add(new RegExp(String.raw`\b(?:in|by|since|during|until|from|as of|at the end of) (?:(?:${MONTHS}) )?(?:19|20)\d\d\b(?![-–/]\d)`, "gi"), 2);
  const inScope = candidates.filter((c) => periodApplies(text, c.at, c.at + c.text.length, figureStart));
  if (inScope.length === 0) return null;
  inScope.sort((a, b) => a.rank - b.rank || Math.abs(a.at - figureStart) - Math.abs(b.at - figureStart));
  const best = inScope[0]?.text;
  return best === undefined ? null : best.charAt(0).toLowerCase() + best.slice(1);
}

/**
 * Whether a year or period at `at` dates the figure at `figure`. A parenthesis dates only
 * what is inside it ("Two bodies (following the disbanding of PHE in 2020)"); a period in the
 * sentence's first clause dates the whole sentence ("Research in 2013 showed that 48 per cent
 * …, while 22 per cent …"); otherwise the period must sit in the figure's own clause ("41 per
 * cent of the population, a number which will rise if the deals concluded in 2022 …" is not
 * dated 2022).
 */
function periodApplies(text: string, at: number, end: number, figure: number): boolean {
  const open = text.lastIndexOf("(", at);
  const inParens = open >= 0 && text.lastIndexOf(")", at) < open;
  if (inParens && !(open < figure && text.indexOf(")", at) >= figure)) return false;
  if (at < figure && !/,\s|[;:–—]/.test(text.slice(0, at))) return true;
  // An aside in brackets between them does not separate them, nor the comma closing a
  // period that opens the figure's clause ("in March 2023, 4,120 people …").
  const between = (at < figure ? text.slice(end, figure).replace(/^\s*,/, "") : text.slice(figure, at)).replace(/\([^()]*\)/g, " ");
  return !CLAUSE_BREAK.test(between);
}

// A comma in "105,000" separates digits, not clauses.
const CLAUSE_BREAK = /,\s|[;:–—()]|\b(?:if|which|who|whereas|while|whilst|when|unless)\b/i;

function isYear(digits: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(digits);
}

/** "2015" then "16" or "2016": the two years of a financial or academic year. */
function isNextYear(year: string, next: string): boolean {
  const following = Number(year) + 1;
  return Number(next) === following || (next.length === 2 && Number(next) === following % 100);
}

function toNumber(text: string | undefined): number {
  return Number((text ?? "").replace(/,/g, ""));
}

function wordOrNumber(text: string | undefined): number {
  const word = NUMBER_WORDS[(text ?? "").toLowerCase()];
  return word ?? toNumber(text);
}
