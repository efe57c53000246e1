import { z } from "zod";

/** The bar `npm run eval -- --check` holds the product to, as shares of 1. */
export const MIN_HIT_AT_1 = 0.9;
export const MIN_HIT_AT_3 = 0.97;
/** Share of unanswerable questions answered with kind "none". */
export const MIN_ABSTENTION = 0.9;
/** Share of answerable questions wrongly answered with kind "none". */
export const MAX_FALSE_ABSTENTION = 0.03;
/** Share of figure questions whose lead holds the exact figure. */
export const MIN_EXACT_FIGURES = 0.95;

/** A bar to check a run against: the product's targets, or a set's regression floors. */
export const TargetsSchema = z
  .object({
    hitAt1: z.number().min(0).max(1),
    hitAt3: z.number().min(0).max(1),
    abstention: z.number().min(0).max(1),
    falseAbstentionMax: z.number().min(0).max(1),
    exactFigures: z.number().min(0).max(1),
  })
  .strict();
export type Targets = z.infer<typeof TargetsSchema>;

export const PRODUCT_TARGETS: Targets = {
  hitAt1: MIN_HIT_AT_1,
  hitAt3: MIN_HIT_AT_3,
  abstention: MIN_ABSTENTION,
  falseAbstentionMax: MAX_FALSE_ABSTENTION,
  exactFigures: MIN_EXACT_FIGURES,
};
