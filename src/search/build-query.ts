import { analyse, words } from "../index-format/index.js";
import { isFollowUp } from "./follow-up.js";
import type { QueryTerm, RankQuery } from "./rank-passages.js";

/** A question made ready for retrieval and ranking. */
export interface PreparedQuery {
  rank: RankQuery;
  /** Text handed to FlexSearch for candidates: the question plus its expansions. */
  searchText: string;
  /** Stemmed topic terms of the question that the corpus never uses. */
  unknownTerms: string[];
  /**
   * Share of the question's own topic terms that the corpus never uses, 0..1: words for the
   * kind of answer ("definition", "article", "mention") are not topic; 1 for a question with
   * no words to search at all.
   */
  unknownShare: number;
  /**
   * Names in the question (capitalised or all-caps words past its first word), years, and
   * words for the kind of thing a which or what question asks for, that the corpus never
   * uses: "France", "ARS", "2030", "football" in "Which football team does…". A corpus that
   * never names a thing cannot answer about it.
   */
  unknownNames: string[];
  /** Every topic word of the question names a source: "What is Localis?", "What did Reform recommend?". */
  aboutSourcesOnly: boolean;
  /**
   * A yes-or-no question whose topic words besides the names it uses are all unknown to the
   * corpus: "Is Norman Lamb married?" asks of a person the corpus names what it never discusses.
   */
  onlyNamesKnown: boolean;
  /**
   * Names in the question that the corpus does use, each as its stemmed terms ("Andy Burnham"
   * → ["andi", "burnham"]): what the answer must be about.
   */
  knownNames: string[][];
  /**
   * For a term of a name the question uses, the other names of the same body, as terms: a
   * passage that writes "Care Quality Commission" names what "CQC" asks about.
   */
  otherNames: ReadonlyMap<string, readonly string[][]>;
}

/** Other names of a body, keyed by a name as `words(name).join(" ")`. */
export type AliasExpansions = ReadonlyMap<string, readonly string[]>;

/** Weights of words that the user did not type, or that name a source rather than a topic. */
export const EXPANSION_WEIGHT = { alias: 0.5, previousQuestion: 0.5, sourceName: 0.3, answerKind: 0.5 } as const;

export interface QueryContext {
  /** The previous question in the conversation, used when this one is a follow-up. */
  previousQuestion?: string;
  /**
   * Question terms that name a source ("Localis" in "what did Localis say…"): they pick the
   * document, which the ranker favours, so they weigh little as words to match.
   */
  sourceTerms?: ReadonlySet<string>;
  /** What the message says besides its question ("I'm writing a briefing on devolution."): context, at the follow-up weight. */
  remarks?: string;
}

/**
 * Words that say what kind of answer is wanted, not what it is about: they still help rank
 * (a recommendation question finds recommendations), at a lower weight, but a passage is not
 * on topic for having them.
 */
const ANSWER_KIND_TERMS: ReadonlySet<string> = new Set(
  analyse("recommend recommends recommended recommendation recommendations propose proposes proposed proposal proposals suggest suggests suggested number percentage proportion definition define defined meaning explain describe describes document documents report reports paper papers article articles quote quotes quotation discuss discusses say says said mention mentions want wants wanted idea ideas suggestion suggestions"),
);

/**
 * Verbs that report a stance ("What does the Health Foundation argue about devolution?"): the
 * answer is the stance, in whatever words the source puts it, so they are not searched for.
 */
const REPORTING_VERBS: ReadonlySet<string> = new Set(
  analyse("argue argues argued arguing conclude concludes concluded believe believes believed think thinks contend contends contended"),
);

/**
 * "Are bosses going to lose their bonuses?" asks whether they will: "going to" marks the
 * future, as "will" does, and is no topic.
 */
const FUTURE_AUXILIARY = /\b(?:going\s+to|gonna)\b/gi;

/**
 * Verbs that set the task when they open a sentence ("Compare the two models", "List the
 * bodies…"); mid-sentence they are topic ("defined compared with elsewhere").
 */
const INSTRUCTION = /(?:^|[.?!]\s+)(compare|contrast|list|summari[sz]e|outline)\b/gi;

/**
 * The verb of "What does ESFA stand for?", "What does coterminosity mean?", "ACO stand for?": it asks for a
 * meaning, and a corpus that never writes "stand" still answers with the spelled-out name.
 */
const MEANING_VERB = /^\s*(?:what\s+(?:does|do|did)\s+.+?|\S+)\s+(means?|stands?\s+for)\s*[?.!]*\s*$/i;

/** A question opening with an auxiliary asks yes or no: "Is Norman Lamb married?". */
const YES_NO = /^\s*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)\b/i;

const LONGEST_ALIAS_WORDS = 6;
const AUXILIARY = String.raw`(?:do|does|did|is|are|was|were|has|have|had|would|will|can|could|should|must)\b`;
/** "Which King's Fund paper…", not "what does the report say…". */
const ASKS_FOR_SOURCES = new RegExp(
  String.raw`\b(sources?|references?|cit(?:e|es|ed|ing|ation|ations)|bibliograph\w*|footnotes?|(?:which|what) (?:(?!${AUXILIARY})[\w'’]+ ){0,3}?(?:paper|report|study|article|publication|review)s?)\b`,
  "i",
);

/**
 * "Which football team does…", "What criteria does…": the kind of thing the question asks for.
 * A word for the kind of answer ("What proportion of councils…") is no such thing: a text
 * states a proportion without writing the word.
 */
const ASKED_FOR_KIND = new RegExp(String.raw`\b(?:which|what)\s+((?:(?!${AUXILIARY})[\w'’-]+\s+){1,3}?)${AUXILIARY}`, "i");

const ASKS_FOR_PEOPLE = /\bwho(?:se|m)?\b|\bwhich (?:person|people|members?|experts?)\b/i;

/**
 * Turns a question into ranking input: its content terms; other names of any body it names
 * (learned from the fact table: "ICB" also searches "Integrated Care Board"); and, for a
 * follow-up that only makes sense after the previous question ("and in Denmark?"), that
 * question's terms at a lower weight.
 */
export function buildQuery(
  question: string,
  vocabulary: ReadonlyMap<string, number>,
  aliases: AliasExpansions,
  context: QueryContext = {},
): PreparedQuery {
  const ownTerms = analyse(question.replace(FUTURE_AUXILIARY, " ")).filter((term) => !REPORTING_VERBS.has(term));
  const weights = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  };
  const instructions = new Set(analyse([...question.matchAll(INSTRUCTION)].map((match) => match[1]).join(" ")));
  for (const term of analyse(MEANING_VERB.exec(question)?.[1] ?? "")) instructions.add(term);
  const isAnswerKind = (term: string): boolean => ANSWER_KIND_TERMS.has(term) || instructions.has(term);
  const topicTerms = ownTerms.filter((term) => !isAnswerKind(term));
  // "What is Localis?" is about the source itself: its name is then the topic, not a pointer to a document.
  const aboutSourcesOnly = topicTerms.length > 0 && topicTerms.every((term) => context.sourceTerms?.has(term) === true);
  for (const term of ownTerms) add(term, context.sourceTerms?.has(term) && !aboutSourcesOnly ? EXPANSION_WEIGHT.sourceName : 1);

  // A publisher named only in a document's metadata is no word of its text, yet it is no unknown name.
  const isSourceTerm = (term: string): boolean => context.sourceTerms?.has(term) === true;
  const { expansions, standIns, otherNames, rewordings } = aliasExpansions(question, aliases, vocabulary);
  for (const name of expansions) for (const term of analyse(name)) add(term, EXPANSION_WEIGHT.alias);
  // A name the corpus only ever writes another way is what the user asked for, at full weight,
  // unless it names a source ("HF" for the Health Foundation): then it picks the document.
  for (const [name, standIn] of standIns) {
    const weight = !aboutSourcesOnly && analyse(name).every(isSourceTerm) ? EXPANSION_WEIGHT.sourceName : 1;
    for (const term of analyse(standIn)) add(term, weight);
  }
  const spelledOtherwise = new Set(analyse([...standIns.keys()].join(" ")));

  const previous = context.previousQuestion && isFollowUp(question, ownTerms) ? context.previousQuestion : "";
  const remarks = context.remarks ?? "";
  for (const term of analyse(`${previous} ${remarks}`)) add(term, EXPANSION_WEIGHT.previousQuestion);

  const terms: QueryTerm[] = [];
  const unknownTerms: string[] = [];
  for (const [term, weight] of weights) {
    const id = vocabulary.get(term);
    if (id === undefined) {
      if (topicTerms.includes(term) && !spelledOtherwise.has(term) && !isSourceTerm(term)) unknownTerms.push(term);
      continue;
    }
    const answerKind = weight >= 1 && isAnswerKind(term);
    terms.push({
      id,
      weight: answerKind ? EXPANSION_WEIGHT.answerKind : weight,
      topical: weight >= 1 ? !answerKind : weight === EXPANSION_WEIGHT.alias,
    });
  }
  // "act as the accountable care organisation" also reads as "act as the ACO".
  const phrases = new Map<string, [number, number]>();
  for (const sequence of [ownTerms, ...rewordings]) {
    for (let i = 0; i + 1 < sequence.length; i += 1) {
      const first = vocabulary.get(sequence[i] ?? "");
      const second = vocabulary.get(sequence[i + 1] ?? "");
      const namesSource = !aboutSourcesOnly && [sequence[i], sequence[i + 1]].some((term) => context.sourceTerms?.has(term ?? ""));
      if (first !== undefined && second !== undefined && first !== second && !namesSource) phrases.set(`${first} ${second}`, [first, second]);
    }
  }
  // The share is of words the text could use: a publisher named in metadata only is neither known nor unknown there.
  const judgedTerms = new Set(topicTerms.filter((term) => vocabulary.has(term) || !isSourceTerm(term)));
  const knownNames = nameRuns(question)
    .map((name) => analyse(name).filter((term) => vocabulary.has(term)))
    .filter((terms) => terms.length > 0);
  const nameTerms = new Set(knownNames.flat());
  const besideNames = [...judgedTerms].filter((term) => !nameTerms.has(term));
  return {
    rank: { terms, phrases: [...phrases.values()], wantsSources: ASKS_FOR_SOURCES.test(question), wantsPeople: ASKS_FOR_PEOPLE.test(question) },
    searchText: [question, ...expansions, ...standIns.values(), previous, remarks].filter((part) => part !== "").join(" "),
    unknownTerms,
    aboutSourcesOnly,
    unknownShare: ownTerms.length === 0 ? 1 : unknownTerms.length / Math.max(1, judgedTerms.size),
    unknownNames: [
      ...unknownNames(question, vocabulary).filter(
        (name) => !standIns.has(words(name).map(withoutPossessive).join(" ")) && !analyse(name).every(isSourceTerm),
      ),
      ...unknownKindWords(question, vocabulary).filter((word) => !analyse(word).every(isAnswerKind)),
    ],
    knownNames,
    onlyNamesKnown: YES_NO.test(question) && nameTerms.size > 0 && besideNames.length > 0 && besideNames.every((term) => !vocabulary.has(term)),
    otherNames,
  };
}

/** "GM's budget" names GM: a possessive is no part of a name. */
function withoutPossessive(word: string): string {
  return word.replace(/'s$/, "");
}

/** Capitalised words in a row; a sentence's first word is capitalised for grammar, not as a name. */
const NAME_RUN = /(?<=\S\s+)(?<![.?!:]\s+)\p{Lu}[\p{L}\p{N}'’]*(?:\s+\p{Lu}[\p{L}\p{N}'’]*)*/gu;

function nameRuns(question: string): string[] {
  return question.match(NAME_RUN) ?? [];
}

/** A year is as specific as a name: a corpus that never mentions 2030 says nothing about it. */
const YEAR = /\b(?:1[89]|20)\d\d\b/g;

function unknownNames(question: string, vocabulary: ReadonlyMap<string, number>): string[] {
  const names = [...nameRuns(question).flatMap((run) => run.split(/\s+/)), ...(question.match(YEAR) ?? [])];
  return names.filter((name) => {
    const terms = analyse(name);
    return terms.length > 0 && terms.every((term) => !vocabulary.has(term));
  });
}

function unknownKindWords(question: string, vocabulary: ReadonlyMap<string, number>): string[] {
  const kind = question.match(ASKED_FOR_KIND)?.[1] ?? "";
  return words(kind).filter((word) => analyse(word).some((term) => !vocabulary.has(term)));
}

/**
 * Other names of the bodies the question names. A name whose words the corpus never uses has
 * its other name as a stand-in instead ("JSNAs" → "Joint Strategic Needs Assessments").
 */
function aliasExpansions(
  question: string,
  aliases: AliasExpansions,
  vocabulary: ReadonlyMap<string, number>,
): { expansions: string[]; standIns: Map<string, string>; otherNames: Map<string, string[][]>; rewordings: string[][] } {
  const tokens = words(question).map(withoutPossessive);
  const rewordings: string[][] = [];
  const found = new Set<string>();
  const standIns = new Map<string, string>();
  const otherNames = new Map<string, string[][]>();
  for (let start = 0; start < tokens.length; start += 1) {
    for (let length = 1; length <= LONGEST_ALIAS_WORDS && start + length <= tokens.length; length += 1) {
      const name = tokens.slice(start, start + length).join(" ");
      const others = aliases.get(name);
      if (!others) continue;
      const unused = analyse(name).every((term) => !vocabulary.has(term));
      if (unused && others[0] !== undefined) standIns.set(name, others[0]);
      else for (const other of others) found.add(other);
      for (const term of analyse(name)) otherNames.set(term, [...(otherNames.get(term) ?? []), ...others.map((other) => analyse(other))]);
      for (const other of others) rewordings.push(analyse([...tokens.slice(0, start), other, ...tokens.slice(start + length)].join(" ")));
    }
  }
  return { expansions: [...found].sort(), standIns, otherNames, rewordings };
}
