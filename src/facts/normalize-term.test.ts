import { describe, expect, it } from "vitest";
import { containsPhrase } from "./normalize-term.js";

describe("containsPhrase", () => {
  it("finds a run of terms in order, after a start that fails part-way", () => {
    expect(containsPhrase(["integr", "care", "integr", "care", "board"], ["integr", "care", "board"])).toBe(true);
    expect(containsPhrase(["care", "board", "integr"], ["integr", "care", "board"])).toBe(false);
    expect(containsPhrase(["integr", "board", "care"], ["integr", "care"])).toBe(false);
    expect(containsPhrase(["integr"], ["integr", "care"])).toBe(false);
    expect(containsPhrase(["integr"], [])).toBe(false);
  });
});
