import { fingerprintCorpus, readCorpus, type SkippedFile } from "../corpus/index.js";
import { FACT_TYPES, type FactType, type PassageKind } from "../index-format/index.js";
import { buildIndex } from "./build-index.js";
import { writeIndex } from "./write-index.js";

export interface IngestSummary {
  documents: number;
  passagesByKind: Partial<Record<PassageKind, number>>;
  factsByType: Record<FactType, number>;
  warnings: string[];
  skipped: SkippedFile[];
  milliseconds: number;
}

export type IngestResult = { ok: true; summary: IngestSummary } | { ok: false; message: string };

/**
 * Reads the corpus folder, builds the index and writes index/. Files that cannot be used
 * are skipped and reported; the others are still indexed.
 */
export async function ingestCorpus(
  corpusDir: string,
  indexDir: string,
  now: () => number = () => performance.now(),
): Promise<IngestResult> {
  const started = now();
  const corpusHash = await fingerprintCorpus(corpusDir);
  const read = await readCorpus(corpusDir);
  if (!read.ok || corpusHash === null) {
    return { ok: false, message: read.ok ? `corpus: folder ${corpusDir} cannot be read` : read.error.message };
  }
  const built = await buildIndex(read.corpus, corpusHash);
  await writeIndex(indexDir, built);

  const passagesByKind: Partial<Record<PassageKind, number>> = {};
  for (const passage of built.passages) passagesByKind[passage.kind] = (passagesByKind[passage.kind] ?? 0) + 1;
  const factsByType = Object.fromEntries(FACT_TYPES.map((type) => [type, 0])) as Record<FactType, number>;
  for (const fact of built.facts) factsByType[fact.type] += 1;
  return {
    ok: true,
    summary: {
      documents: built.documents.length,
      passagesByKind,
      factsByType,
      warnings: built.warnings,
      skipped: read.corpus.skipped,
      milliseconds: now() - started,
    },
  };
}

/** The summary `npm run ingest` prints. */
export function formatIngestSummary(summary: IngestSummary): string {
  const passages = Object.entries(summary.passagesByKind)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(", ");
  const facts = FACT_TYPES.map((type) => `${summary.factsByType[type]} ${type}`).join(", ");
  const lines = [
    `Indexed ${summary.documents} document${summary.documents === 1 ? "" : "s"} in ${Math.round(summary.milliseconds)} ms`,
    `  passages: ${passages || "none"}`,
    `  facts: ${facts}`,
  ];
  for (const skipped of summary.skipped) lines.push(`  skipped ${skipped.file}: ${skipped.reason}`);
  for (const warning of summary.warnings) lines.push(`  warning: ${warning}`);
  return lines.join("\n");
}
