export { DocumentMetaSchema, sourceLabel, type DocumentMeta } from "./document.js";
export {
  PassageSchema,
  PassageKindSchema,
  MAX_PASSAGE_CHARS,
  SECTION_SEPARATOR,
  sectionLabel,
  type Passage,
  type PassageKind,
} from "./passage.js";
export {
  FactSchema,
  BodyFactSchema,
  NumberFactSchema,
  RecommendationFactSchema,
  MentionSchema,
  NumberUnitSchema,
  FACT_TYPES,
  type Fact,
  type FactType,
  type BodyFact,
  type NumberFact,
  type RecommendationFact,
  type Mention,
  type NumberUnit,
} from "./fact.js";
export { analyse, words, stemWord, isStopWord } from "./analyse.js";
export {
  INDEX_FORMAT_VERSION,
  SEARCH_FIELDS,
  SEARCH_OPTIONS_DESCRIPTION,
  searchIndexOptions,
  type SearchField,
  type SearchRecord,
} from "./search-options.js";
export {
  INDEX_FILES,
  ManifestSchema,
  DocumentsFileSchema,
  PassagesFileSchema,
  FactsFileSchema,
  SearchFileSchema,
  type Manifest,
} from "./index-files.js";
export { sentenceSpans } from "./sentence-spans.js";
export { passagesByDocument } from "./passages-by-document.js";
export { prescribesInOwnVoice } from "./prescriptive-sentence.js";
export { STANCE_VERBS, takesAStance } from "./stance-question.js";
