import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.js";

describe("analyse", () => {
  it("drops stop-words and stems", () => {
    expect(analyse("How many Integrated Care Systems are there?")).toEqual(["integr", "care", "system"]);
  });

  it("meets irregular forms with the regular ones", () => {
    expect(analyse("Who wrote the foreword?")).toEqual(analyse("writing the foreword"));
    expect(analyse("the board met")).toEqual(analyse("the board meets"));
    expect(analyse("children")).toEqual(analyse("child"));
    expect(analyse("buses crises analyses criteria")).toEqual(analyse("bus crisis analysis criterion"));
    expect(analyse("whats GIRFT")).toEqual(analyse("what's GIRFT"));
    expect(analyse("What should be done with the grant?")).toEqual(["grant"]);
  });

  it("meets a word ending in a double consonant with its -ing and -ed forms", () => {
    expect(analyse("staffing")).toEqual(analyse("staff"));
    expect(analyse("added")).toEqual(analyse("adds"));
    expect(analyse("planning")).toEqual(analyse("plan"));
  });

  it("meets a Latin noun with its verb, and an agent in -ioner with its action", () => {
    expect(analyse("provision")).toEqual(analyse("provide"));
    expect(analyse("reduction")).toEqual(analyse("reduces"));
    expect(analyse("decision")).toEqual(analyse("decided"));
    expect(analyse("prescription")).toEqual(analyse("prescribe"));
    expect(analyse("commissioners")).toEqual(analyse("commissioning"));
  });

  it("maps a nationality adjective to its place", () => {
    expect(analyse("Danish councils")).toEqual(analyse("Denmark council"));
  });

  it("keeps numbers whole and ignores footnote markers", () => {
    expect(analyse("cost £107.8bn.¹")).toEqual(["cost", "107.8bn"]);
  });
});
