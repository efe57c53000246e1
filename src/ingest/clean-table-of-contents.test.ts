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

  it("finds a contents list without page numbers by its entries standing again later, in order", () => {
    const lines = ["Contents", "1. Introduction", "2. Who responded", "3. Next steps", "", "1. Introduction", "Text.", "2. Who responded", "Text.", "3. Next steps"];
    expect([...findTableOfContentsLines(lines)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
    // A web page repeating its title, or lines that stand again out of order, list no contents.
    expect(findTableOfContentsLines(["Title", "", "1 Author", "", "Title", "Download", "Title", "1 Author", "Download"]).size).toBe(0);
    expect(findTableOfContentsLines(["1 A", "2 B", "3 C", "3 C", "2 B", "1 A"]).size).toBe(0);
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
