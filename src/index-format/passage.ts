import { z } from "zod";

/**
 * Kinds of passage. Only `body` and `table` passages answer questions by default;
 * `footnote` and `bibliography` are kept apart so they never pollute body text and are
 * demoted in ranking unless the question asks for a source.
 */
export const PassageKindSchema = z.enum(["body", "table", "footnote", "bibliography"]);
export type PassageKind = z.infer<typeof PassageKindSchema>;

/** Separator used when a section path is shown as one string. */
export const SECTION_SEPARATOR = " › ";

/** A passage of about one paragraph, never longer than MAX_PASSAGE_CHARS. */
export const PassageSchema = z.object({
  /** Stable id: `${docId}#${ordinal}` where ordinal counts passages in document order. */
  id: z.string(),
  docId: z.string(),
  kind: PassageKindSchema,
  /** Headings above the passage, outermost first; empty when the document has none. */
  sectionPath: z.array(z.string()),
  text: z.string().min(1),
  /** Offsets into the source text: `source.slice(start, end)` covers the passage. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Passage = z.infer<typeof PassageSchema>;

export const MAX_PASSAGE_CHARS = 1200;

export function sectionLabel(passage: Pick<Passage, "sectionPath">): string {
  return passage.sectionPath.join(SECTION_SEPARATOR);
}
