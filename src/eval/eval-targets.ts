/** The bar `npm run eval -- --check` holds the product to, as shares of 1. */
export const MIN_HIT_AT_1 = 0.9;
export const MIN_HIT_AT_3 = 0.97;
/** Share of unanswerable questions answered with kind "none". */
export const MIN_ABSTENTION = 0.9;
/** Share of answerable questions wrongly answered with kind "none". */
export const MAX_FALSE_ABSTENTION = 0.03;
/** Share of figure questions whose lead holds the exact figure. */
export const MIN_EXACT_FIGURES = 0.95;
