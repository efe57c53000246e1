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

/**
 * Metadata a team may give for a document, in `sources.yml` or in Markdown front matter.
 * Other fields are left out rather than refused: front matter written for a site generator
 * carries `tags`, `layout` or `description`, and a document is not unreadable for them
 * (`unusedFields` names them, so a misspelt field is still reported).
 */
export const MetadataFieldsSchema = z.object({
  title: z.string().trim().min(1).optional(),
  publisher: optionalText,
  authors: z.array(z.string().trim().min(1)).default([]),
  date: optionalText,
  kind: optionalText,
  url: z.string().url().nullish().transform((value) => value ?? null),
});
export type MetadataFields = z.infer<typeof MetadataFieldsSchema>;

/** One entry of `corpus/sources.yml`. */
export const SourceEntrySchema = MetadataFieldsSchema.extend({ id: z.string().trim().min(1) });
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/**
 * The keys of a metadata mapping that `schema` does not read, in their order.
 *
 * @example unusedFields({ title: "A", tags: ["x"] }, MetadataFieldsSchema) // ["tags"]
 */
export function unusedFields(raw: unknown, schema: z.ZodObject): string[] {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return [];
  return Object.keys(raw).filter((key) => !(key in schema.shape));
}

/** File names in the corpus folder that are configuration, not documents. */
export const SOURCES_FILE = "sources.yml";
export const CURATED_FACTS_FILE = "curated-facts.yml";
