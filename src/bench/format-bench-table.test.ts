import { describe, expect, it } from "vitest";
import type { BenchMeasurement, BenchOutcome } from "./bench-result.js";
import { formatBenchTable } from "./format-bench-table.js";

function measured(overrides: Partial<BenchMeasurement>): BenchOutcome {
  return {
    ok: true,
    measurement: {
      system: "ours",
      scale: 1,
      documents: 5,
      passages: 337,
      buildMs: 1234,
      loadMs: 30,
      hitAt1: [{ set: "own.json", hits: 9, answerable: 10 }],
      latency: { samples: 2000, median: 0.9, p99: 4.2, max: 7 },
      heapMb: 2.4,
      peakRssMb: 160,
      ...overrides,
    },
  };
}

describe("formatBenchTable", () => {
  it("prints one aligned row per system and scale, and the targets", () => {
    const table = formatBenchTable(
      [
        measured({}),
        measured({ system: "minisearch", loadMs: null, heapMb: null }),
        measured({ scale: 1000, buildMs: 75_000, latency: { samples: 100, median: 20, p99: 40, max: 80 } }),
        { ok: false, system: "flexsearch", scale: 1000, error: "timed out after 600 s" },
      ],
      ["own.json"],
    );
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^\| scale \| system +\| docs \|.*\| hit@1 own\.json \|/);
    expect(new Set(lines.slice(0, 6).map((line) => line.length)).size).toBe(1);
    expect(lines[2]).toMatch(/\| 1× +\| ours +\| +5 \| +337 \| +1\.23 \| +0\.03 \| +90\.0% \| +0\.90 \| +4\.20 \| +2000 \| +2 \| +160 \|/);
    expect(lines[3]).toMatch(/\| minisearch .*\| +- \| .*\| +- \| +160 \|/);
    expect(table).toContain("1000× flexsearch failed: timed out after 600 s");
    expect(table).toContain("target 1×: median < 2 ms and p99 < 10 ms: met");
    expect(table).toContain("target 1000×: p99 < 50 ms and ingest < 60 s: MISSED");
  });
});
