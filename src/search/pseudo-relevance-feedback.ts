import type { CorpusStats, PassageTerms } from "./passage-index.js";
import {
  inverseDocumentFrequency,
  rankPassages,
  type QueryTerm,
  type RankedKind,
  type RankedPassage,
  type RankQuery,
} from "./rank-passages.js";

/**
 * Pseudo-relevance feedback: a question that paraphrases its answer ("who buys medicines"
 * for "chief purchaser of pharmaceuticals") shares few words with it, but the passages it
 * does find are about the same subject and share words with the answer. Words common to
 * several of the top passages and rare in the corpus are added to the query at a low weight.
 */
export const FEEDBACK = {
  /** Top passages of the first ranking read for expansion terms. */
  passages: 10,
  /** A word must be in at least this many of them: one passage's incidental words are noise. */
  minPassages: 2,
  /** Expansion terms kept, the most shared and rarest first. */
  terms: 10,
  /** Their weights sum to this share of the question's own: they reorder close calls, they do not outvote the question. */
  weightShare: 0.5,
  /**
   * A top passage holding this share of the question within one sentence-sized window
   * (its focus) already says the question: there is no vocabulary gap to bridge.
   */
  confidentFocus: 0.9,
  /**
   * Only this head of the first ranking is re-scored: feedback reorders close calls, and a
   * second pass over every candidate would double the ranking cost at 1,000× (1,000 candidates).
   * The answer and the passages shown come from the first 50 anyway (RANKED_DEPTH in the engine).
   */
  rescored: 50,
} as const;

/** What feedback needs besides the first ranking: the query and the corpus data ranking used. */
export interface FeedbackInput {
  query: RankQuery;
  terms: readonly PassageTerms[];
  kinds: readonly RankedKind[];
  stats: CorpusStats;
  /**
   * Coverage (of the question's own terms) below which a passage could not answer. Such
   * passages gain nothing from feedback, and feedback is skipped when the top passage is one:
   * expansion words must not make an unanswerable question look answered.
   */
  minCoverage: number;
}

/**
 * The ranking re-scored with feedback terms added, when its top passage leaves part of the
 * question unsaid; otherwise unchanged. Coverage and focus keep measuring the question's own
 * terms. Pure: same inputs, same order (ties by position).
 *
 * @example rerankWithFeedback(rankPassages(query, candidates, terms, kinds, stats), { query, terms, kinds, stats, minCoverage: 0.35 })
 */
export function rerankWithFeedback(ranked: readonly RankedPassage[], input: FeedbackInput): RankedPassage[] {
  const top = ranked[0];
  if (!top || top.focus >= FEEDBACK.confidentFocus || top.coverage < input.minCoverage) return [...ranked];
  const expansion = feedbackTerms(input.query.terms, ranked, input.terms, input.stats);
  if (expansion.length === 0) return [...ranked];
  const eligible = ranked
    .slice(0, FEEDBACK.rescored)
    .filter((hit) => hit.coverage >= input.minCoverage)
    .map((hit) => hit.position);
  // BM25F adds up over terms, so scoring the expansion alone and adding it equals ranking the expanded query.
  const expansionQuery: RankQuery = { ...input.query, terms: expansion, phrases: [] };
  const gains = new Map(
    rankPassages(expansionQuery, eligible, input.terms, input.kinds, input.stats).map((hit) => [hit.position, hit.score]),
  );
  return ranked
    .map((hit) => ({ ...hit, score: hit.score + (gains.get(hit.position) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.position - b.position);
}

/**
 * Terms in at least FEEDBACK.minPassages of the top FEEDBACK.passages passages' text and not
 * in the query, scored by the number of those passages holding them times their IDF; the best
 * FEEDBACK.terms, weighted in proportion to that score. They are not topical: they do not
 * count in coverage or focus.
 */
export function feedbackTerms(
  queryTerms: readonly QueryTerm[],
  ranked: readonly RankedPassage[],
  terms: readonly PassageTerms[],
  stats: CorpusStats,
): QueryTerm[] {
  const asked = new Set(queryTerms.map((term) => term.id));
  const passagesHolding = new Map<number, number>();
  for (const hit of ranked.slice(0, FEEDBACK.passages)) {
    for (const id of new Set(terms[hit.position]?.text)) {
      if (!asked.has(id)) passagesHolding.set(id, (passagesHolding.get(id) ?? 0) + 1);
    }
  }
  const scored: { id: number; score: number }[] = [];
  for (const [id, count] of passagesHolding) {
    if (count >= FEEDBACK.minPassages) scored.push({ id, score: count * inverseDocumentFrequency(stats, id) });
  }
  const chosen = scored.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, FEEDBACK.terms);
  const chosenScore = chosen.reduce((sum, term) => sum + term.score, 0);
  const budget = FEEDBACK.weightShare * queryTerms.reduce((sum, term) => sum + term.weight, 0);
  if (chosenScore === 0 || budget === 0) return [];
  return chosen.map(({ id, score }) => ({ id, weight: (budget * score) / chosenScore, topical: false }));
}
