import { describe, expect, it } from "vitest";
import { findTableOfContentsLines } from "./clean-table-of-contents.js";

describe("findTableOfContentsLines", () => {
  it("finds a titled contents list with tabs and dot leaders, and its title", () => {
    const lines = [
      "Table of Contents",
      "",
      "1. INTRODUCTION\t7",
      "2. WHERE ARE WE NOW?.....\t9",
      "2.1 The structure of England’s health system.....\t9",
      "2.1.1 The role of the centre\t10",
      "",
      "Recommendations",
    ];
    expect([...findTableOfContentsLines(lines)].sort((a, b) => a - b)).toEqual([0, 2, 3, 4, 5]);
  });

  it("finds a lone dot-leader entry", () => {
    expect(findTableOfContentsLines(["5. CONCLUSION.....\t48"]).has(0)).toBe(true);
  });

  it("keeps a data table whose rows end in numbers", () => {
    const lines = ["Region\tBeds", "North\t120", "South\t95", "East\t130"];
    expect(findTableOfContentsLines(lines).size).toBe(0);
  });

  it("keeps a sentence ending in an ellipsis", () => {
    expect(findTableOfContentsLines(["“That is a …", "You might also like..."]).size).toBe(0);
  });
});
