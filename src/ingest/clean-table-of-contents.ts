export { findTableOfContentsLines };

/**
 * Indexes of the lines of `lines` that form a table of contents (and its "Contents"
 * title). A contents list repeats the headings with page numbers; kept, it would be read
 * as a run of headings with nothing under them and the real headings would match twice.
 *
 * A line is an entry when it ends in a page number after a dot leader, a tab or a wide gap
 * ("2.1 The structure of England's health system.....\t9"). A dot-leader line is an entry
 * on its own; lines that only end in a number form a contents list when at least
 * MIN_ENTRIES of them follow each other (blank lines allowed), their page numbers never go
 * down, and either a "Contents" title comes just before, one of them has a dot leader, or
 * most start with a section number. A data table ending in numbers rarely has all three
 * shapes, and never a dot leader.
 *
 * A converted briefing may list its contents without page numbers ("Summary", "1 Background",
 * "2 Monitoring…" on its cover): a run of at least MIN_ENTRIES short lines, blank lines
 * allowed, each of which stands again as a line of its own further on, in the same order, is
 * that list.
 *
 * @example findTableOfContentsLines(["Contents", "1. Intro\t3", "2. Method\t5", "3. End\t9"]) // Set {0,1,2,3}
 */
function findTableOfContentsLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (DOT_LEADER_ENTRY.test(line)) found.add(i);
  });
  for (const i of unnumberedContentsLines(lines)) found.add(i);
  for (const run of entryRuns(lines)) {
    if (!isContentsRun(lines, run)) continue;
    for (const i of run) found.add(i);
    const title = previousNonBlank(lines, run[0] ?? 0);
    if (title !== null && CONTENTS_TITLE.test((lines[title] ?? "").trim())) found.add(title);
  }
  return found;
}

const MIN_ENTRIES = 3;
// Four dots make a leader; three ("...") or one "…" only when a page number follows,
// since a sentence may end in an ellipsis.
const DOT_LEADER_ENTRY = /(\.{4,}|…{2,})\s*\d{0,4}\s*$|(\.{3}|…)\s*\d{1,4}\s*$/;
const PAGE_NUMBER_ENTRY = /^\s*(\S.{0,150}?)(\.{3,}|…+|\t|\s{2,})\s*(\d{1,4})\s*$/;
const SECTION_NUMBER = /^\d+(\.\d+)*\.?\s/;
const CONTENTS_TITLE = /^(table of )?contents$/i;

/**
 * Lines of an unnumbered contents list: a run of distinct short lines, most of them opening
 * with a section number or under a "Contents" title, each of which stands again as a line of
 * its own after the run, in the same order. A web page that repeats its title is no such run.
 */
function unnumberedContentsLines(lines: readonly string[]): number[] {
  const positions = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const key = line.trim();
    if (key !== "") positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  const repeated = (i: number): boolean => {
    const key = (lines[i] ?? "").trim();
    return key.length <= MAX_UNNUMBERED_ENTRY_CHARS && (positions.get(key) ?? []).some((at) => at > i);
  };
  const runs: number[][] = [[]];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    if (repeated(i)) runs.at(-1)?.push(i);
    else runs.push([]);
  });
  return runs.flatMap((run) => unnumberedContents(lines, run, positions));
}

/** The run and its "Contents" title when the run is a contents list, else nothing. */
function unnumberedContents(lines: readonly string[], run: readonly number[], positions: ReadonlyMap<string, readonly number[]>): number[] {
  if (run.length < MIN_ENTRIES) return [];
  const keys = run.map((i) => (lines[i] ?? "").trim());
  if (new Set(keys).size < keys.length) return [];
  let after = run.at(-1) ?? 0;
  for (const key of keys) {
    const next = (positions.get(key) ?? []).find((at) => at > after);
    if (next === undefined) return [];
    after = next;
  }
  const title = previousNonBlank(lines, run[0] ?? 0);
  if (title !== null && CONTENTS_TITLE.test((lines[title] ?? "").trim())) return [title, ...run];
  return keys.filter((key) => SECTION_NUMBER.test(key)).length * 2 > keys.length ? [...run] : [];
}

const MAX_UNNUMBERED_ENTRY_CHARS = 100;

function entryRuns(lines: readonly string[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim().length === 0) return;
    if (PAGE_NUMBER_ENTRY.test(line)) {
      run.push(i);
    } else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length >= MIN_ENTRIES);
}

function isContentsRun(lines: readonly string[], run: readonly number[]): boolean {
  const entries = run.map((i) => PAGE_NUMBER_ENTRY.exec(lines[i] ?? ""));
  const pages = entries.map((m) => Number(m?.[3]));
  if (pages.some((p, i) => i > 0 && p < (pages[i - 1] ?? 0))) return false;
  const titled = (() => {
    const title = previousNonBlank(lines, run[0] ?? 0);
    return title !== null && CONTENTS_TITLE.test((lines[title] ?? "").trim());
  })();
  const leadered = run.some((i) => DOT_LEADER_ENTRY.test(lines[i] ?? ""));
  const numbered = entries.filter((m) => SECTION_NUMBER.test(m?.[1] ?? "")).length * 2 > run.length;
  return titled || leadered || numbered;
}

function previousNonBlank(lines: readonly string[], index: number): number | null {
  for (let i = index - 1; i >= 0; i -= 1) {
    if ((lines[i] ?? "").trim().length > 0) return i;
  }
  return null;
}
