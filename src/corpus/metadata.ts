import { z } from "zod";

/** Values a metadata file uses for "not known"; they become null rather than fake data. */
const UNKNOWN = /^unknown\b/i;

const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => {
    if (value === null || value === undefined) return null;
    const text = String(value).trim();
    return text === "" || UNKNOWN.test(text) ? null : text;
  });

/** Metadata a team may give for a document, in `sources.yml` or in Markdown front matter. */
export const MetadataFieldsSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    publisher: optionalText,
    authors: z.array(z.string().trim().min(1)).default([]),
    date: optionalText,
    kind: optionalText,
    url: z.string().url().nullish().transform((value) => value ?? null),
  })
  .strict();
export type MetadataFields = z.infer<typeof MetadataFieldsSchema>;

/** One entry of `corpus/sources.yml`. */
export const SourceEntrySchema = MetadataFieldsSchema.extend({ id: z.string().trim().min(1) });
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/** File names in the corpus folder that are configuration, not documents. */
export const SOURCES_FILE = "sources.yml";
export const CURATED_FACTS_FILE = "curated-facts.yml";
