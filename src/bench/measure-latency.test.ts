import { describe, expect, it } from "vitest";
import { measureLatency, percentile, summariseLatencies } from "./measure-latency.js";

/** A clock that advances by `step` ms at every reading. */
function steppingClock(step: () => number): () => number {
  let now = 0;
  return () => {
    now += step();
    return now;
  };
}

describe("measureLatency", () => {
  it("passes over the questions until the sample limit", () => {
    const asked: string[] = [];
    const result = measureLatency((q) => asked.push(q), ["a", "b", "c"], { maxSamples: 7, budgetMs: 1e9, now: steppingClock(() => 1) });
    expect(asked).toEqual(["a", "b", "c", "a", "b", "c", "a"]);
    expect(result.samples).toBe(7);
  });

  it("makes one full pass even when the sample limit is smaller, and hands over its results", () => {
    const seen: string[] = [];
    const result = measureLatency((q) => q.toUpperCase(), ["a", "b", "c"], { maxSamples: 1, budgetMs: 1e9, now: steppingClock(() => 1) }, (answer, index) =>
      seen.push(`${index}:${answer}`),
    );
    expect(seen).toEqual(["0:A", "1:B", "2:C"]);
    expect(result.samples).toBe(3);
  });

  it("stops at the time budget, but only after one full pass", () => {
    const asked: string[] = [];
    const result = measureLatency((q) => asked.push(q), ["a", "b", "c"], { maxSamples: 100, budgetMs: 5, now: steppingClock(() => 10) });
    expect(asked).toEqual(["a", "b", "c"]);
    expect(result.samples).toBe(3);
  });

  it("times each call on its own", () => {
    // Every reading of the clock is 1 ms after the one before: one per call's start and end.
    const result = measureLatency(() => undefined, ["a"], { maxSamples: 3, budgetMs: 1e9, now: steppingClock(() => 1) });
    expect(result).toEqual({ samples: 3, median: 1, p99: 1, max: 1 });
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(100);
    expect(percentile(sorted, 99)).toBe(198);
    expect(percentile([5], 99)).toBe(5);
  });

  it("is NaN without samples", () => {
    expect(summariseLatencies([]).median).toBeNaN();
  });
});
