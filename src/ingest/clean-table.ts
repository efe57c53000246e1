import { cleanInlineText } from "./clean-inline-text.js";

/** Readable lines for the body rows of a table; `lines[i]` is row `headerRows + i`. */
export interface FormattedTable {
  headerRows: 0 | 1;
  lines: string[];
}

export { formatTable, tableCells, isPipeRow, isDelimiterRow };

/**
 * Turns table rows (cells as `tableCells` reads them) into one readable line per body row, because a passage is
 * read by people and matched word by word, and "Body<TAB>Role" columns mean nothing once
 * the tabs are gone. Cells are cleaned of HTML remnants (`<ul style="…"> • a • b </li>`
 * becomes "• a • b").
 *
 * - The first row is a header when `knownHeader` says so (a Markdown table always has one)
 *   or every cell is short (at most MAX_HEADER_WORDS words).
 * - When the first column is a key column (its cells on average less than half as long
 *   as the others, e.g. body names beside their roles) each row reads "Key: value"; with
 *   more than two columns the other cells are labelled by the header:
 *   "Key — Advantages: …; Disadvantages: …".
 * - Otherwise the columns are parallel (old approach beside new approach) and every cell
 *   is labelled by its header: "Current approach: …; New approach: …"; without a header,
 *   cells are joined with " | ".
 *
 * @example formatTable([["Body", "Role"], ["NICE", "Provides guidance"]]).lines // ["NICE: Provides guidance"]
 */
function formatTable(rows: readonly (readonly string[])[], knownHeader = false): FormattedTable {
  const cells = rows.map((row) => row.map(cleanInlineText));
  const first = cells[0] ?? [];
  const headerRows = cells.length > 1 && (knownHeader || first.every((c) => wordCount(c) <= MAX_HEADER_WORDS)) ? 1 : 0;
  const header = headerRows === 1 ? first : [];
  const body = cells.slice(headerRows);
  const keyed = hasKeyColumn(body);
  const lines = body.map((row) => (keyed ? keyedRow(row, header) : labelledRow(row, header)));
  return { headerRows, lines };
}

const MAX_HEADER_WORDS = 4;

/**
 * The cells of a table row: tab-separated, as converted and scraped tables come, or a
 * Markdown row between pipes ("| Region | £98.4 million |"), where "\|" is a pipe inside a cell.
 *
 * @example tableCells("| Region | Budget |") // [" Region ", " Budget "]
 */
function tableCells(line: string): string[] {
  if (!isPipeRow(line)) return line.split("\t");
  return line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\\\|/g, "|"));
}

/** A Markdown table row: it starts and ends with a pipe. */
function isPipeRow(line: string): boolean {
  return PIPE_ROW.test(line);
}

/** The row under a Markdown table's header, "|---|:--:|": it holds no data. */
function isDelimiterRow(line: string): boolean {
  return DELIMITER_ROW.test(line);
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const DELIMITER_ROW = /^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/;

function keyedRow(row: readonly string[], header: readonly string[]): string {
  const [key = "", ...rest] = row;
  const values = rest.flatMap((cell, i) => (cell.length === 0 ? [] : [{ label: header[i + 1] ?? "", cell }]));
  if (values.length === 0) return key;
  if (values.length === 1) return `${key}: ${values[0]?.cell ?? ""}`;
  const parts = values.map(({ label, cell }) => (label.length > 0 ? `${label}: ${cell}` : cell));
  return `${key} — ${parts.join("; ")}`;
}

function labelledRow(row: readonly string[], header: readonly string[]): string {
  const parts = row.flatMap((cell, i) => {
    if (cell.length === 0) return [];
    const label = header[i] ?? "";
    return [label.length > 0 ? `${label}: ${cell}` : cell];
  });
  return parts.join(header.length > 0 ? "; " : " | ");
}

function hasKeyColumn(body: readonly (readonly string[])[]): boolean {
  const width = Math.max(0, ...body.map((r) => r.length));
  if (width < 2 || body.length === 0) return false;
  const keyLength = mean(body.map((r) => (r[0] ?? "").length));
  const restLength = mean(body.flatMap((r) => r.slice(1).map((c) => c.length)));
  return keyLength * 2 < restLength;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function wordCount(text: string): number {
  return text.length === 0 ? 0 : text.split(" ").length;
}
