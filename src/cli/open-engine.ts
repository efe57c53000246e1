import { parseCoreConfig, type CoreConfig } from "../config/core-config.js";
import { fingerprintCorpus } from "../corpus/index.js";
import { createEngine, type Engine } from "../engine/index.js";
import { searchOptionsHash } from "../ingest/build-index.js";
import { formatIngestSummary, ingestCorpus } from "../ingest/ingest-corpus.js";
import { loadIndex, type IndexFiles } from "../search/load-index.js";

export type OpenEngineResult = { ok: true; engine: Engine; files: IndexFiles } | { ok: false; message: string };

export interface OpenEngineOptions {
  config?: CoreConfig;
  /** Where progress messages go (stderr by default, so JSON on stdout stays clean). */
  log?: (line: string) => void;
}

/**
 * Loads index/ and builds the engine over it. A missing, stale, incompatible or corrupt
 * index is rebuilt from the corpus first, with a message saying why.
 */
export async function openEngine(options: OpenEngineOptions = {}): Promise<OpenEngineResult> {
  const config = options.config ?? parseCoreConfig(process.env);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const corpusHash = await fingerprintCorpus(config.corpusDir);
  if (corpusHash === null) return { ok: false, message: `corpus: folder ${config.corpusDir} cannot be read` };

  const expected = { corpusHash, optionsHash: searchOptionsHash() };
  let loaded = await loadIndex(config.indexDir, expected);
  if (!loaded.ok) {
    log(`${loaded.error.message}; building it now…`);
    const ingested = await ingestCorpus(config.corpusDir, config.indexDir);
    if (!ingested.ok) return { ok: false, message: ingested.message };
    log(formatIngestSummary(ingested.summary));
    loaded = await loadIndex(config.indexDir, expected);
    if (!loaded.ok) return { ok: false, message: `${loaded.error.message} (after rebuilding)` };
  }
  return { ok: true, engine: createEngine(loaded.files), files: loaded.files };
}
