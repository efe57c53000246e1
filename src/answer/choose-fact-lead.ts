import type { FactsForQuestion } from "../facts/index.js";
import type { DocumentMeta, NumberFact, RecommendationFact } from "../index-format/index.js";
import type { FactLead, ScoredPassage } from "./compose-answer.js";

/**
 * How far down the passage ranking a figure may come from. The passage ranking decides
 * what the question is about; the fact table only supplies the exact figure in it.
 */
const FIGURE_PASSAGE_DEPTH = 5;
/** A figure's own match counts this much against its passage's rank (0..1 each). */
const FIGURE_MATCH_WEIGHT = 1;
const PASSAGE_RANK_WEIGHT = 0.6;
/** A figure matching this well (every concept asked found in what it measures) may lead from any passage. */
const SELF_SUFFICIENT_MATCH = 1;
/**
 * Another document's figure for the same measure is shown beside the chosen one when it
 * matches this well; less well when the question asks whether the sources agree.
 */
const CONFLICT_MIN_SHARE = 0.9;
const ACROSS_SOURCES_MIN_SHARE = 0.5;
const MAX_RECOMMENDATIONS_IN_LEAD = 6;
const ROLE_PASSAGE_DEPTH = 3;

/**
 * Picks the lead from the fact table, or null to let the answering sentence lead:
 * - a figure question: the best-matching number in one of the top passages, with the same
 *   measure from other documents beside it, newest first;
 * - a question naming a body: its role line, when the text gives one;
 * - a recommendations question: the named source's recommendations.
 * Pure.
 */
export function chooseFactLead(
  matches: FactsForQuestion,
  ranked: readonly ScoredPassage[],
  documents: ReadonlyMap<string, DocumentMeta>,
  { acrossSources = false }: { acrossSources?: boolean } = {},
): FactLead | null {
  switch (matches.intent) {
    case "count":
    case "amount":
    case "percentage":
      return figureLead(matches, ranked, documents, acrossSources ? ACROSS_SOURCES_MIN_SHARE : CONFLICT_MIN_SHARE);
    case "body":
      return bodyLead(matches, ranked);
    case "recommendations":
      return recommendationsLead(matches);
    case "other":
      return null;
  }
}

function figureLead(
  matches: FactsForQuestion,
  ranked: readonly ScoredPassage[],
  documents: ReadonlyMap<string, DocumentMeta>,
  conflictMinShare: number,
): FactLead | null {
  const top = ranked.slice(0, FIGURE_PASSAGE_DEPTH);
  const topScore = top[0]?.score ?? 0;
  let best: { fact: NumberFact; score: number; match: number } | null = null;
  for (const { fact, score: match } of matches.scored) {
    if (fact.type !== "number") continue;
    const passage = top.find((scored) => scored.passage.id === fact.passageId);
    // A figure whose measure says everything asked stands on its own; a looser one needs its passage to rank.
    if (!passage && match < SELF_SUFFICIENT_MATCH) continue;
    const rankShare = passage && topScore > 0 ? passage.score / topScore : 0;
    const score = FIGURE_MATCH_WEIGHT * match + PASSAGE_RANK_WEIGHT * rankShare;
    if (!best || score > best.score) best = { fact, score, match };
  }
  if (!best) return null;
  const chosen = best;
  const others = matches.scored
    .filter(
      ({ fact, score }) =>
        fact.type === "number" &&
        fact.docId !== chosen.fact.docId &&
        fact.unit === chosen.fact.unit &&
        fact.value !== chosen.fact.value &&
        score >= chosen.match * conflictMinShare,
    )
    .map(({ fact }) => fact as NumberFact);
  const lines = [figureLine(chosen.fact, documents), ...others.map((fact) => `Also: ${figureLine(fact, documents)}`)];
  return { text: lines.join("\n"), passageId: chosen.fact.passageId, facts: [chosen.fact, ...others] };
}

function figureLine(fact: NumberFact, documents: ReadonlyMap<string, DocumentMeta>): string {
  const document = documents.get(fact.docId);
  const when = fact.period ?? document?.date ?? null;
  const source = document ? `${document.title}${when ? `, ${when}` : ""}` : fact.docId;
  return `${fact.raw} — “${fact.quote}” (${source})`;
}

/**
 * A body named by the question leads with its role. A body found only because its role
 * matches the question ("who is responsible for …?") leads only when the passage ranking
 * agrees: its passage must be among the top few.
 */
function bodyLead(matches: FactsForQuestion, ranked: readonly ScoredPassage[]): FactLead | null {
  const top = new Set(ranked.slice(0, ROLE_PASSAGE_DEPTH).map((scored) => scored.passage.id));
  const found = matches.scored.find(
    ({ fact, score }) => fact.type === "body" && fact.role !== null && (score >= 1 || top.has(fact.passageId)),
  );
  const body = found?.fact.type === "body" ? found.fact : null;
  if (!body?.role) return null;
  const names = body.aliases.length > 0 ? `${body.name} (${body.aliases.join(", ")})` : body.name;
  return { text: `${names}: ${body.role}`, passageId: body.passageId, facts: [body] };
}

/** The recommendations asked for; asked for one by a number the source does not reach, the ones it makes. */
function recommendationsLead(matches: FactsForQuestion): FactLead | null {
  const missing = matches.missingRecommendation;
  const asked = missing?.recommendations ?? matches.facts.filter((fact): fact is RecommendationFact => fact.type === "recommendation");
  const recommendations = asked.slice(0, MAX_RECOMMENDATIONS_IN_LEAD);
  const first = recommendations[0];
  if (!first) return null;
  const lines = recommendations.map((fact) => `${fact.label}: ${fact.text}`);
  const count = missing?.recommendations.length ?? 0;
  const heading = missing
    ? `${first.source} makes ${count} recommendation${count === 1 ? "" : "s"}, so there is no Recommendation ${missing.ordinal}. It recommends:`
    : matches.recommendedBy !== null
      ? `${matches.recommendedBy} recommends (as reported in ${first.source}):`
      : `${first.source} recommends:`;
  return { text: `${heading}\n${lines.join("\n")}`, passageId: first.passageId, facts: recommendations };
}
