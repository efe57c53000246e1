import { describe, expect, it } from "vitest";
import { formatTable } from "./clean-table.js";

describe("formatTable", () => {
  it("reads a key column beside long values as 'Key: value'", () => {
    const table = formatTable([
      ["Body", "Role"],
      ["Care Quality Commission (CQC)", "Regulates health and social care providers Monitors and inspects services"],
      ["NHS Resolution", "Manages negligence and other claims against the NHS in England"],
    ]);
    expect(table).toEqual({
      headerRows: 1,
      lines: [
        "Care Quality Commission (CQC): Regulates health and social care providers Monitors and inspects services",
        "NHS Resolution: Manages negligence and other claims against the NHS in England",
      ],
    });
  });

  it("labels parallel columns with the header", () => {
    const table = formatTable([
      ["Current approach", "New approach"],
      ["Is increasingly unaffordable", "Is fiscally sustainable"],
    ]);
    expect(table.lines).toEqual(["Current approach: Is increasingly unaffordable; New approach: Is fiscally sustainable"]);
  });

  it("labels the other cells of a wider keyed table, cleaning HTML remnants", () => {
    const table = formatTable([
      ["", "Advantages", "Disadvantages"],
      ["Split model", '<ul style="list-style-type: none"> Local government infrastructure already exists ', "<ul> Risk of a split budget</li>"],
    ]);
    expect(table.lines).toEqual([
      "Split model — Advantages: Local government infrastructure already exists; Disadvantages: Risk of a split budget",
    ]);
  });

  it("treats a first row of long cells as data", () => {
    const table = formatTable([
      ["A long first cell that is clearly data", "another long cell of data here"],
      ["x", "y"],
    ]);
    expect(table.headerRows).toBe(0);
    expect(table.lines[0]).toBe("A long first cell that is clearly data | another long cell of data here");
  });
});
