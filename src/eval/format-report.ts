import type { TargetFailure } from "./check-targets.js";
import type { EvalReport, Metrics, MissReason, Rate } from "./summarise-scores.js";

const LEAD_PREVIEW_CHARS = 110;

const REASON_LABELS: Record<MissReason, string> = {
  hit_at_1: "miss@1",
  hit_at_3: "miss@3",
  should_abstain: "answered, should abstain",
  false_abstention: "false abstention",
  inexact_figure: "figure not in lead",
};

const COLUMNS = ["", "n", "hit@1", "hit@3", "MRR", "abstention", "false abst.", "exact figures"];

/**
 * The report as a readable table (overall, then per kind), the misses, and, when
 * `failures` is given, the verdict of `--check`.
 */
export function formatEvalReport(report: EvalReport, failures?: readonly TargetFailure[], bar = "target"): string {
  const rows = [COLUMNS, metricsRow("overall", report.overall)];
  for (const [kind, metrics] of Object.entries(report.byKind)) rows.push(metricsRow(kind, metrics));
  const lines = alignColumns(rows);
  lines.splice(2, 0, "-".repeat(lines[0]?.length ?? 0));

  lines.push("", report.misses.length === 0 ? "No misses." : `Misses (${report.misses.length}):`);
  for (const miss of report.misses) {
    const first =
      miss.first.kind === "none"
        ? `none — ${preview(miss.first.text)}`
        : `${miss.first.kind} ${miss.first.passageId ?? "-"} — ${preview(miss.first.text)}`;
    lines.push(
      `  ${miss.id} [${miss.kind}] ${miss.reasons.map((reason) => REASON_LABELS[reason]).join(", ")}`,
      `      question: ${miss.question}`,
      `      expected: ${preview(miss.expected)}`,
      `      first:    ${first}`,
    );
  }

  if (failures !== undefined) {
    lines.push("");
    if (failures.length === 0) lines.push(`Check passed: every ${bar} met.`);
    for (const failure of failures) {
      lines.push(`Check FAILED: ${failure.metric} ${percent(failure.actual)} (${bar} ${failure.comparison} ${percent(failure.target)})`);
    }
  }
  return lines.join("\n");
}

function metricsRow(label: string, metrics: Metrics): string[] {
  return [
    label,
    String(metrics.questions),
    rateCell(metrics.hitAt1),
    rateCell(metrics.hitAt3),
    metrics.mrr === null ? "–" : metrics.mrr.toFixed(3),
    rateCell(metrics.abstention),
    rateCell(metrics.falseAbstention),
    rateCell(metrics.exactFigures),
  ];
}

function rateCell(rate: Rate): string {
  return rate.rate === null ? "–" : `${percent(rate.rate)} (${rate.count}/${rate.of})`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function alignColumns(rows: readonly string[][]): string[] {
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= LEAD_PREVIEW_CHARS ? flat : `${flat.slice(0, LEAD_PREVIEW_CHARS - 1)}…`;
}
