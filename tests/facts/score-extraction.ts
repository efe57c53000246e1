import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { readCorpus } from "../../src/corpus/index.js";
import { NumberUnitSchema, type BodyFact, type DocumentMeta, type Fact, type NumberFact, type Passage, type RecommendationFact } from "../../src/index-format/index.js";
import { extractFacts } from "../../src/ingest/facts/index.js";
import { segmentDocument } from "../../src/ingest/segment-document.js";

/**
 * Precision and recall of fact extraction against hand-labelled gold lists (tests/facts/gold,
 * rules in its README.md). Shared by the quality test, which asserts floors, and by
 * `npx tsx tests/facts/score-extraction.ts`, which prints the table.
 */

const GoldBodySchema = z
  .object({
    names: z.array(z.string().min(1)).min(1),
    /** Words the extracted role must contain. */
    role: z.string().min(1).optional(),
    optional: z.boolean().default(false),
  })
  .strict();

const GoldNumberSchema = z
  .object({
    raw: z.string().min(1),
    unit: NumberUnitSchema.optional(),
    value: z.number().optional(),
    /** A word or phrase the extracted measure must contain (case-insensitive). */
    about: z.string().min(1).optional(),
    /** Text the extracted period must contain; null: the fact must have no period. */
    period: z.string().min(1).nullable().optional(),
    /** Words of the sentence, to tell apart two figures written alike. */
    in: z.string().min(1).optional(),
    optional: z.boolean().default(false),
  })
  .strict();

const GoldRecommendationSchema = z
  .object({ starts: z.string().min(1), label: z.string().min(1).optional(), optional: z.boolean().default(false) })
  .strict();

export const GoldDocumentSchema = z
  .object({
    doc: z.string().min(1),
    title: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    bodies: z.array(GoldBodySchema).default([]),
    numbers: z.array(GoldNumberSchema).default([]),
    recommendations: z.array(GoldRecommendationSchema).default([]),
  })
  .strict();
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

export interface Score {
  /** Extracted facts that match a gold entry (required or optional). */
  correct: number;
  /** Extracted facts that match no gold entry: non-facts and wrong facts. */
  wrong: string[];
  /** Required gold entries that were extracted. */
  found: number;
  /** Required gold entries that were not. */
  missed: string[];
}

export interface DocumentScore {
  doc: string;
  bodies: Score;
  numbers: Score;
  recommendations: Score;
  /** Matched facts whose fields (unit, value, measure, period, role, label) disagree with the gold entry. */
  fieldErrors: string[];
}

export const precision = (s: Pick<Score, "correct" | "wrong">) => (s.correct + s.wrong.length === 0 ? 1 : s.correct / (s.correct + s.wrong.length));
export const recall = (s: Pick<Score, "found" | "missed">) => (s.found + s.missed.length === 0 ? 1 : s.found / (s.found + s.missed.length));

export function sumScores(scores: readonly Score[]): Score {
  return {
    correct: scores.reduce((n, s) => n + s.correct, 0),
    wrong: scores.flatMap((s) => s.wrong),
    found: scores.reduce((n, s) => n + s.found, 0),
    missed: scores.flatMap((s) => s.missed),
  };
}

const GOLD_DIR = fileURLToPath(new URL("./gold/", import.meta.url));
const CORPUS_DIR = fileURLToPath(new URL("../../corpus/", import.meta.url));
/** Texts written for the tests, outside the corpus: `<doc>.txt` beside the other fact fixtures. */
const OWN_TEXTS_DIR = fileURLToPath(new URL("../fixtures/facts/", import.meta.url));

export function readGold(): GoldDocument[] {
  return readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith(".yml"))
    .sort()
    .map((file) => {
      const parsed = GoldDocumentSchema.safeParse(parseYaml(readFileSync(`${GOLD_DIR}${file}`, "utf8")));
      if (!parsed.success) throw new Error(`gold/${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      return parsed.data;
    });
}

interface Extraction {
  facts: Fact[];
  passages: Passage[];
  warnings: string[];
}

/** The corpus as ingest extracts it: all five documents together, with the curated file. */
export async function extractCorpus(): Promise<Extraction> {
  const read = await readCorpus(CORPUS_DIR);
  if (!read.ok) throw new Error(read.error.message);
  const documents = read.corpus.documents;
  const passages = documents.flatMap((d) => segmentDocument(d.meta.id, d.source));
  const { facts, warnings } = extractFacts({
    documents: documents.map((d) => d.meta),
    passages,
    sources: new Map(documents.map((d) => [d.meta.id, d.source])),
    ...(read.corpus.curatedFacts === null ? {} : { curatedText: read.corpus.curatedFacts }),
  });
  return { facts, passages, warnings };
}

/** A text written for the tests, extracted on its own as a one-document corpus. */
export function extractOwnText(gold: GoldDocument): Extraction {
  const source = readFileSync(`${OWN_TEXTS_DIR}${gold.doc}.txt`, "utf8");
  const meta: DocumentMeta = { id: gold.doc, title: gold.title ?? gold.doc, publisher: gold.publisher ?? null, authors: [], date: null, kind: null, url: null };
  const passages = segmentDocument(gold.doc, source);
  const { facts, warnings } = extractFacts({ documents: [meta], passages, sources: new Map([[gold.doc, source]]) });
  return { facts, passages, warnings };
}

export function scoreDocument(gold: GoldDocument, extraction: Extraction): DocumentScore {
  const fieldErrors: string[] = [];
  // The gold lists hold no facts from bibliographies (see gold/README.md).
  const ownPassages = new Set(extraction.passages.filter((p) => p.docId === gold.doc && p.kind !== "bibliography").map((p) => p.id));
  // A body counts for every document that names it, wherever it was first found.
  const bodies = extraction.facts.filter((f): f is BodyFact => f.type === "body" && f.mentions.some((m) => ownPassages.has(m.passageId)));
  const numbers = extraction.facts.filter((f): f is NumberFact => f.type === "number" && f.docId === gold.doc);
  const recommendations = extraction.facts.filter((f): f is RecommendationFact => f.type === "recommendation" && f.docId === gold.doc);
  return {
    doc: gold.doc,
    bodies: scoreBodies(gold, bodies, fieldErrors),
    numbers: scoreNumbers(gold, numbers, fieldErrors),
    recommendations: scoreRecommendations(gold, recommendations, fieldErrors),
    fieldErrors,
  };
}

const fold = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

function scoreBodies(gold: GoldDocument, bodies: readonly BodyFact[], fieldErrors: string[]): Score {
  const score: Score = { correct: 0, wrong: [], found: 0, missed: [] };
  const matched = new Set<GoldDocument["bodies"][number]>();
  for (const body of bodies) {
    const names = new Set([body.name, ...body.aliases].map(fold));
    const entry = gold.bodies.find((g) => g.names.some((n) => names.has(fold(n))));
    if (!entry) {
      score.wrong.push(body.name);
      continue;
    }
    score.correct += 1;
    matched.add(entry);
    if (entry.role !== undefined && !fold(body.role ?? "").includes(fold(entry.role))) fieldErrors.push(`${gold.doc} body ${body.name}: role ${JSON.stringify(body.role)}, expected one saying "${entry.role}"`);
  }
  for (const entry of gold.bodies) {
    if (entry.optional) continue;
    if (matched.has(entry)) score.found += 1;
    else score.missed.push(entry.names[0] ?? "");
  }
  return score;
}

function scoreNumbers(gold: GoldDocument, numbers: readonly NumberFact[], fieldErrors: string[]): Score {
  const score: Score = { correct: 0, wrong: [], found: 0, missed: [] };
  const unused = [...numbers];
  const take = (entry: GoldDocument["numbers"][number]) => {
    const at = unused.findIndex((n) => n.raw === entry.raw && (entry.in === undefined || fold(n.quote).includes(fold(entry.in))));
    return at < 0 ? undefined : unused.splice(at, 1)[0];
  };
  // Entries that say where they are first, so a bare entry cannot take their figure.
  const ordered = [...gold.numbers].sort((a, b) => Number(b.in !== undefined) - Number(a.in !== undefined));
  for (const entry of ordered) {
    const fact = take(entry);
    if (!fact) {
      if (!entry.optional) score.missed.push(entry.in === undefined ? entry.raw : `${entry.raw} (${entry.in})`);
      continue;
    }
    score.correct += 1;
    if (!entry.optional) score.found += 1;
    const problems: string[] = [];
    if (entry.unit !== undefined && fact.unit !== entry.unit) problems.push(`unit ${fact.unit}, expected ${entry.unit}`);
    if (entry.value !== undefined && Math.abs(fact.value - entry.value) > 1e-9 * Math.max(1, Math.abs(entry.value))) problems.push(`value ${fact.value}, expected ${entry.value}`);
    if (entry.about !== undefined && !fold(fact.measure).includes(fold(entry.about))) problems.push(`measure "${fact.measure}", expected one about "${entry.about}"`);
    if (entry.period === null && fact.period !== null) problems.push(`period "${fact.period}", expected none`);
    if (typeof entry.period === "string" && !fold(fact.period ?? "").includes(fold(entry.period))) problems.push(`period ${JSON.stringify(fact.period)}, expected "${entry.period}"`);
    if (problems.length > 0) fieldErrors.push(`${gold.doc} number ${fact.raw}: ${problems.join("; ")}`);
  }
  score.wrong.push(...unused.map((n) => `${n.raw} (${n.measure})`));
  return score;
}

function scoreRecommendations(gold: GoldDocument, recommendations: readonly RecommendationFact[], fieldErrors: string[]): Score {
  const score: Score = { correct: 0, wrong: [], found: 0, missed: [] };
  const matched = new Set<GoldDocument["recommendations"][number]>();
  for (const recommendation of recommendations) {
    const entry = gold.recommendations.find((g) => !matched.has(g) && fold(recommendation.text).startsWith(fold(g.starts)));
    if (!entry) {
      score.wrong.push(recommendation.text.slice(0, 60));
      continue;
    }
    matched.add(entry);
    score.correct += 1;
    if (entry.label !== undefined && recommendation.label !== entry.label) fieldErrors.push(`${gold.doc} recommendation "${entry.starts}": label ${recommendation.label}, expected ${entry.label}`);
  }
  for (const entry of gold.recommendations) {
    if (entry.optional) continue;
    if (matched.has(entry)) score.found += 1;
    else score.missed.push(entry.starts);
  }
  return score;
}

/** Scores of every gold document: the corpus documents, then the texts written for the tests. */
export async function scoreAll(): Promise<{ corpus: DocumentScore[]; own: DocumentScore[]; warnings: string[] }> {
  const gold = readGold();
  const corpus = await extractCorpus();
  const corpusIds = new Set(corpus.passages.map((p) => p.docId));
  const own = gold.filter((g) => !corpusIds.has(g.doc));
  const ownScores = own.map((g) => {
    const extraction = extractOwnText(g);
    return { score: scoreDocument(g, extraction), warnings: extraction.warnings };
  });
  return {
    corpus: gold.filter((g) => corpusIds.has(g.doc)).map((g) => scoreDocument(g, corpus)),
    own: ownScores.map((s) => s.score),
    warnings: [...corpus.warnings, ...ownScores.flatMap((s) => s.warnings)],
  };
}

export function formatScores(scores: readonly DocumentScore[], verbose: boolean): string {
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
  const cell = (s: Score) => `${pct(precision(s))} ${pct(recall(s))} (${s.correct}/${s.correct + s.wrong.length}, ${s.found}/${s.found + s.missed.length})`.padEnd(30);
  const lines = [`${"document".padEnd(34)}${"bodies P R".padEnd(30)}${"numbers P R".padEnd(30)}${"recommendations P R".padEnd(30)}all P R`];
  for (const s of scores) {
    const all = sumScores([s.bodies, s.numbers, s.recommendations]);
    lines.push(`${s.doc.padEnd(34)}${cell(s.bodies)}${cell(s.numbers)}${cell(s.recommendations)}${cell(all)} field errors: ${s.fieldErrors.length}`);
    if (!verbose) continue;
    for (const [kind, score] of [["bodies", s.bodies], ["numbers", s.numbers], ["recommendations", s.recommendations]] as const) {
      for (const w of score.wrong) lines.push(`    wrong ${kind}: ${w}`);
      for (const m of score.missed) lines.push(`    missed ${kind}: ${m}`);
    }
    for (const e of s.fieldErrors) lines.push(`    field: ${e}`);
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { corpus, own, warnings } = await scoreAll();
  const verbose = process.argv.includes("--verbose");
  console.log(formatScores([...corpus, ...own], verbose));
  const total = (list: readonly DocumentScore[]) => sumScores(list.flatMap((s) => [s.bodies, s.numbers, s.recommendations]));
  const c = total(corpus);
  const o = total(own);
  console.log(`\ncorpus: precision ${precision(c).toFixed(3)}, recall ${recall(c).toFixed(3)}; own text: precision ${precision(o).toFixed(3)}, recall ${recall(o).toFixed(3)}`);
  for (const w of warnings) console.log(`warning: ${w}`);
}
