import type { BenchOutcome, BenchMeasurement } from "./bench-result.js";

/** Issue 4's targets for our pipeline. */
export const BENCH_TARGETS = {
  realCorpus: { medianMs: 2, p99Ms: 10 },
  thousandfold: { scale: 1000, p99Ms: 50, ingestMs: 60_000 },
} as const;

/**
 * The benchmark as a plain, aligned table (Markdown-compatible, so it can be pasted into
 * the README), one row per system and scale, then the targets each measured row meets.
 *
 * @example formatBenchTable(outcomes, ["questions.json", "qa-sample.json"])
 */
export function formatBenchTable(outcomes: readonly BenchOutcome[], sets: readonly string[]): string {
  const header = [
    "scale",
    "system",
    "docs",
    "passages",
    "build s",
    "load s",
    ...sets.map((set) => `hit@1 ${set}`),
    "median ms",
    "p99 ms",
    "queries",
    "heap MB",
    "peak RSS MB",
  ];
  const rows = outcomes.map((outcome) => {
    if (!outcome.ok) {
      return [`${outcome.scale}×`, outcome.system, ...Array<string>(header.length - 2).fill("-")];
    }
    const m = outcome.measurement;
    return [
      `${m.scale}×`,
      m.system,
      String(m.documents),
      String(m.passages),
      (m.buildMs / 1000).toFixed(2),
      m.loadMs === null ? "-" : (m.loadMs / 1000).toFixed(2),
      ...sets.map((set) => hitRate(m, set)),
      m.latency.median.toFixed(2),
      m.latency.p99.toFixed(2),
      String(m.latency.samples),
      m.heapMb === null ? "-" : m.heapMb.toFixed(0),
      m.peakRssMb.toFixed(0),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (column < 2 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [`${o.scale}× ${o.system} failed: ${o.error}`]));
  return [line(header), rule, ...rows.map(line), "", ...failures, ...targetLines(outcomes)].join("\n");
}

function hitRate(m: BenchMeasurement, set: string): string {
  const hits = m.hitAt1.find((h) => h.set === set);
  if (!hits || hits.answerable === 0) return "-";
  return `${((100 * hits.hits) / hits.answerable).toFixed(1)}%`;
}

function targetLines(outcomes: readonly BenchOutcome[]): string[] {
  const ours = (scale: number) =>
    outcomes.flatMap((o) => (o.ok && o.measurement.system === "ours" && o.measurement.scale === scale ? [o.measurement] : []))[0];
  const verdict = (met: boolean) => (met ? "met" : "MISSED");
  const lines: string[] = [];
  const real = ours(1);
  if (real) {
    const { medianMs, p99Ms } = BENCH_TARGETS.realCorpus;
    lines.push(
      `target 1×: median < ${medianMs} ms and p99 < ${p99Ms} ms: ${verdict(real.latency.median < medianMs && real.latency.p99 < p99Ms)}`,
    );
  }
  const { scale, p99Ms, ingestMs } = BENCH_TARGETS.thousandfold;
  const large = ours(scale);
  if (large) {
    lines.push(
      `target ${scale}×: p99 < ${p99Ms} ms and ingest < ${ingestMs / 1000} s: ${verdict(large.latency.p99 < p99Ms && large.buildMs < ingestMs)}`,
    );
  }
  return lines;
}
