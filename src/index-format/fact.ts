import { z } from "zod";

/** Where a fact was read: every fact carries a verbatim quote from its passage. */
const FactBase = z.object({
  id: z.string(),
  docId: z.string(),
  passageId: z.string(),
  /** Verbatim text from the passage; ingestion checks it is found in the source. */
  quote: z.string().min(1),
});

export const MentionSchema = z.object({ docId: z.string(), passageId: z.string() });
export type Mention = z.infer<typeof MentionSchema>;

/** An organisation or statutory structure named in the texts. */
export const BodyFactSchema = FactBase.extend({
  type: z.literal("body"),
  name: z.string().min(1),
  /** Acronyms, singular/plural and other names the texts use for the same body. */
  aliases: z.array(z.string()),
  /** One sentence from the text saying what the body does; null when no text says. */
  role: z.string().nullable(),
  mentions: z.array(MentionSchema),
});
export type BodyFact = z.infer<typeof BodyFactSchema>;

export const NumberUnitSchema = z.enum([
  "GBP",
  "EUR",
  "USD",
  "percent",
  "count",
  "people",
  "staff",
  "years",
  "months",
  "year",
  "ratio",
]);
export type NumberUnit = z.infer<typeof NumberUnitSchema>;

/** A figure stated in the texts. */
export const NumberFactSchema = FactBase.extend({
  type: z.literal("number"),
  /** The figure as written, e.g. "£107.8 billion". */
  raw: z.string().min(1),
  /** Normalised value in `unit`, e.g. 107800000000 for "£107.8 billion". */
  value: z.number(),
  unit: NumberUnitSchema,
  /** What the figure measures, read from its sentence, e.g. "ICB commissioning resources". */
  measure: z.string(),
  /** The year or period the sentence gives, e.g. "2022-23"; null when none. */
  period: z.string().nullable(),
});
export type NumberFact = z.infer<typeof NumberFactSchema>;

/** A recommendation a document makes. */
export const RecommendationFactSchema = FactBase.extend({
  type: z.literal("recommendation"),
  /** Publisher and document, e.g. "Reform — Close Enough to Care". */
  source: z.string(),
  /** "Recommendation 1" for numbered ones, or the position in a bulleted list. */
  label: z.string(),
  text: z.string().min(1),
  /** The section or theme the recommendation sits under. */
  section: z.string(),
});
export type RecommendationFact = z.infer<typeof RecommendationFactSchema>;

export const FactSchema = z.discriminatedUnion("type", [
  BodyFactSchema,
  NumberFactSchema,
  RecommendationFactSchema,
]);
export type Fact = z.infer<typeof FactSchema>;
export type FactType = Fact["type"];
export const FACT_TYPES = ["body", "number", "recommendation"] as const satisfies readonly FactType[];
