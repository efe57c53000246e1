import type { PassageKind } from "../index-format/index.js";
import type { CorpusStats, PassageTerms } from "./passage-index.js";

/** What ranking knows of a passage's kind: its stored kind, or a roster of people (see roster.ts). */
export type RankedKind = PassageKind | "roster";

/** One query term, already resolved against the corpus vocabulary. */
export interface QueryTerm {
  id: number;
  /** 1 for the user's own words; less for alias expansions and follow-up context. */
  weight: number;
  /**
   * Whether the term says what the question is about, and so counts in coverage and focus;
   * words that only say what kind of answer is wanted ("recommend", "percentage") or name the
   * source do not.
   */
  topical: boolean;
}

export interface RankQuery {
  terms: readonly QueryTerm[];
  /** Pairs of term ids adjacent in the question: a passage with them adjacent reads as the phrase. */
  phrases: readonly (readonly [number, number])[];
  /** The question asks for a source or reference, so footnotes and bibliography are not demoted. */
  wantsSources: boolean;
  /** The question asks who, so rosters of people are not demoted. */
  wantsPeople: boolean;
}

export interface RankedPassage {
  position: number;
  score: number;
  /** Share of the query's weighted IDF mass that this passage matches, 0..1. */
  coverage: number;
  /** Share of that mass found together within one sentence-sized window of the text, 0..1. */
  focus: number;
}

/**
 * Field weights and length normalisation for BM25F. Section headings weigh most: a heading
 * that names the question's subject is the strongest sign a passage is about it. Titles are
 * shared by every passage of a document, so they only break ties between documents.
 */
export const RANKING = {
  k1: 0.8,
  fields: {
    text: { weight: 1, b: 0.3 },
    section: { weight: 1.6, b: 0.4 },
    title: { weight: 0.3, b: 0.3 },
  },
  /** Added, per matched adjacent pair, as a share of the pair's mean IDF. */
  phraseBonus: 0.6,
  /** A heading holding the pair ("3.1 The benefits of devolution") earns this share of it: it speaks for every passage under it. */
  headingPhraseShare: 0.5,
  /**
   * Proximity: the query mass found inside one window of this many analysed terms (about a
   * sentence) is added at this share. A passage that answers says most of the question in one
   * place; one that merely shares its words scatters them.
   */
  focusWindow: 14,
  focusBonus: 1,
  /** Footnotes cite, bibliography and rosters list; they rarely answer a question by themselves. */
  kindFactor: { body: 1, table: 1, footnote: 0.35, bibliography: 0.2, roster: 0.35 } satisfies Record<RankedKind, number>,
} as const;

/** Robertson–Spärck Jones IDF with the +1 that keeps it positive for very common terms. */
export function inverseDocumentFrequency(stats: CorpusStats, termId: number): number {
  const df = stats.documentFrequency[termId] ?? 0;
  return Math.log(1 + (stats.passageCount - df + 0.5) / (df + 0.5));
}

/**
 * Scores candidate passages with BM25F over text, section and title, plus a phrase bonus,
 * times a factor for the passage kind. Pure: same inputs, same order (ties by position).
 */
export function rankPassages(
  query: RankQuery,
  candidates: readonly number[],
  terms: readonly PassageTerms[],
  kinds: readonly RankedKind[],
  stats: CorpusStats,
): RankedPassage[] {
  const idf = new Map<number, number>();
  let totalMass = 0;
  for (const term of query.terms) {
    const value = inverseDocumentFrequency(stats, term.id);
    idf.set(term.id, value);
    if (term.topical) totalMass += term.weight * value;
  }
  const wanted = new Set(query.terms.map((term) => term.id));
  const topicalIdf = new Map(query.terms.filter((term) => term.topical).map((term) => [term.id, term.weight * (idf.get(term.id) ?? 0)]));
  const ranked: RankedPassage[] = [];
  for (const position of candidates) {
    const fields = terms[position];
    const kind = kinds[position];
    if (!fields || !kind) continue;
    const frequency = new Map<number, number>();
    addFieldFrequencies(frequency, fields.text, wanted, "text", stats);
    addFieldFrequencies(frequency, fields.section, wanted, "section", stats);
    addFieldFrequencies(frequency, fields.title, wanted, "title", stats);

    let score = 0;
    let matchedMass = 0;
    for (const term of query.terms) {
      const tf = frequency.get(term.id);
      if (!tf) continue;
      const termIdf = idf.get(term.id) ?? 0;
      score += term.weight * termIdf * (tf / (RANKING.k1 + tf));
      if (term.topical) matchedMass += term.weight * termIdf;
    }
    if (score === 0) continue;
    score += phraseScore(query.phrases, [fields.text, fields.section], idf);
    // A heading is one place too: a passage under a heading that says the question is focused.
    const focusMass = Math.max(windowMass(fields.text, topicalIdf), windowMass(fields.section, topicalIdf));
    score += RANKING.focusBonus * focusMass;
    const factor = query.wantsSources || (query.wantsPeople && kind === "roster") ? 1 : RANKING.kindFactor[kind];
    ranked.push({
      position,
      score: score * factor,
      coverage: totalMass > 0 ? matchedMass / totalMass : 0,
      focus: totalMass > 0 ? focusMass / totalMass : 0,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.position - b.position);
}

function addFieldFrequencies(
  into: Map<number, number>,
  field: Int32Array,
  wanted: ReadonlySet<number>,
  name: keyof typeof RANKING.fields,
  stats: CorpusStats,
): void {
  if (field.length === 0) return;
  const { weight, b } = RANKING.fields[name];
  const average = stats.averageLength[name] || 1;
  const norm = weight / (1 - b + (b * field.length) / average);
  for (const id of field) {
    if (wanted.has(id)) into.set(id, (into.get(id) ?? 0) + norm);
  }
}

/** Adjacent query pairs found within two positions of each other in the passage text or its heading. */
function phraseScore(
  phrases: RankQuery["phrases"],
  [text, heading]: readonly [Int32Array, Int32Array],
  idf: ReadonlyMap<number, number>,
): number {
  let bonus = 0;
  for (const [first, second] of phrases) {
    const share = holdsPair(text, first, second) ? 1 : holdsPair(heading, first, second) ? RANKING.headingPhraseShare : 0;
    bonus += share * RANKING.phraseBonus * (((idf.get(first) ?? 0) + (idf.get(second) ?? 0)) / 2);
  }
  return bonus;
}

function holdsPair(field: Int32Array, first: number, second: number): boolean {
  for (let i = 0; i < field.length; i += 1) {
    if (field[i] === first && (field[i + 1] === second || field[i + 2] === second)) return true;
  }
  return false;
}

/** The largest weighted IDF mass of distinct query terms inside any window of the text. */
function windowMass(text: Int32Array, weightedIdf: ReadonlyMap<number, number>): number {
  const inWindow = new Map<number, number>();
  let mass = 0;
  let best = 0;
  for (let i = 0; i < text.length; i += 1) {
    const entering = text[i] ?? -1;
    const enteringWeight = weightedIdf.get(entering);
    if (enteringWeight !== undefined) {
      const count = inWindow.get(entering) ?? 0;
      if (count === 0) mass += enteringWeight;
      inWindow.set(entering, count + 1);
    }
    const leaving = text[i - RANKING.focusWindow] ?? -1;
    const leavingWeight = i >= RANKING.focusWindow ? weightedIdf.get(leaving) : undefined;
    if (leavingWeight !== undefined) {
      const count = (inWindow.get(leaving) ?? 0) - 1;
      inWindow.set(leaving, count);
      if (count === 0) mass -= leavingWeight;
    }
    if (mass > best) best = mass;
  }
  return best;
}
