import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentionsConcept, type Concept } from "./match-concepts.js";

describe("mentionsConcept", () => {
  /** The definition: some variant occurs in the field as a contiguous run of terms. */
  const byDefinition = (field: readonly string[], concept: Concept): boolean =>
    concept.variants.some(
      (variant) => variant.length > 0 && field.some((_, start) => variant.every((term, i) => field[start + i] === term)),
    );

  it("finds any of a body's names, however many it has", () => {
    const term = fc.constantFrom("integr", "care", "board", "nhs", "england", "trust");
    fc.assert(
      fc.property(fc.array(term, { maxLength: 12 }), fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (field, variants) => {
        const concept: Concept = { variants, body: null };
        expect(mentionsConcept(field, concept)).toBe(byDefinition(field, concept));
      }),
    );
  });

  it("finds a name that starts where another with the same first term fails", () => {
    const concept: Concept = { variants: [["integr", "care", "system"], ["integr", "care", "board"], ["icb"]], body: null };
    expect(mentionsConcept(["the", "integr", "care", "board"], concept)).toBe(true);
    expect(mentionsConcept(["integr", "care"], concept)).toBe(false);
  });
});
