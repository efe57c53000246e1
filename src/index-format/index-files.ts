import { z } from "zod";
import { DocumentMetaSchema } from "./document.js";
import { FactSchema } from "./fact.js";
import { PassageSchema } from "./passage.js";

/** File names inside index/; writer and reader share them. */
export const INDEX_FILES = {
  manifest: "manifest.json",
  documents: "documents.json",
  passages: "passages.json",
  facts: "facts.json",
  search: "flexsearch.json",
} as const;

/** What makes an index current: a different value in any field means rebuild. */
export const ManifestSchema = z.object({
  formatVersion: z.number().int(),
  /** sha256 of the FlexSearch options and analyser description. */
  optionsHash: z.string(),
  /** sha256 of every file of the corpus folder, names and bytes. */
  corpusHash: z.string(),
  counts: z.object({
    documents: z.number().int(),
    passages: z.number().int(),
    facts: z.number().int(),
  }),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const DocumentsFileSchema = z.array(DocumentMetaSchema);
export const PassagesFileSchema = z.array(PassageSchema);
export const FactsFileSchema = z.array(FactSchema);
/** FlexSearch export: key → data, exactly as `Document.export` handed them over. */
export const SearchFileSchema = z.record(z.string(), z.string());
