import { parseCoreConfig } from "../config/core-config.js";
import { formatIngestSummary, ingestCorpus } from "../ingest/ingest-corpus.js";

/** `npm run ingest`: rebuild index/ from corpus/ and print a summary. */
const config = parseCoreConfig(process.env);
const result = await ingestCorpus(config.corpusDir, config.indexDir);
if (result.ok) {
  console.log(formatIngestSummary(result.summary));
} else {
  console.error(result.message);
  process.exitCode = 1;
}
