export {
  readCorpus,
  DOCUMENT_EXTENSIONS,
  type Corpus,
  type CorpusDocument,
  type ReadCorpusResult,
  type SkippedFile,
} from "./read-corpus.js";
export { SOURCES_FILE, CURATED_FACTS_FILE } from "./metadata.js";
export { fingerprintCorpus } from "./fingerprint-corpus.js";
