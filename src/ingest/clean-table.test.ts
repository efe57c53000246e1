import { describe, expect, it } from "vitest";
import { formatTable, isDelimiterRow, tableCells } from "./clean-table.js";

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

  it("takes the first row as the header when the table says it has one, however long its cells", () => {
    const rows = [
      ["A long first cell that is the header", "another long header cell"],
      ["x", "y"],
    ];
    expect(formatTable(rows, true)).toEqual({ headerRows: 1, lines: ["A long first cell that is the header: x; another long header cell: y"] });
  });
});

describe("tableCells", () => {
  it("splits a Markdown row at its pipes, keeping an escaped pipe in its cell", () => {
    expect(tableCells("| London | £320.5 million | a \\| b |").map((cell) => cell.trim())).toEqual(["London", "£320.5 million", "a | b"]);
  });

  it("splits any other row at its tabs", () => {
    expect(tableCells("NICE\tProvides guidance")).toEqual(["NICE", "Provides guidance"]);
    expect(tableCells("Ratio a | b")).toEqual(["Ratio a | b"]);
  });
});

describe("isDelimiterRow", () => {
  it.each(["|---|---|", "| :--- | ---: |", "|:-:|"])("reads %s as the row under a header", (line) => {
    expect(isDelimiterRow(line)).toBe(true);
  });

  it.each(["| a | b |", "---", "|   |"])("does not read %s as one", (line) => {
    expect(isDelimiterRow(line)).toBe(false);
  });
});
