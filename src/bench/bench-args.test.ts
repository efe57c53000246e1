import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./bench-args.js";

describe("parseBenchArgs", () => {
  it("defaults to the real corpus and 100×", () => {
    const parsed = parseBenchArgs([]);
    expect(parsed.ok && parsed.args).toMatchObject({ scales: [1, 100], systems: ["ours", "flexsearch", "minisearch"], questionFiles: null, maxSamples: 2000, budgetMs: 15_000 });
  });

  it("reads lists and numbers", () => {
    const parsed = parseBenchArgs(["--scales", "1, 1000", "--questions", "a.json,b.json", "--samples", "50", "--budget", "2", "--json"]);
    expect(parsed.ok && parsed.args).toMatchObject({ scales: [1, 1000], questionFiles: ["a.json", "b.json"], maxSamples: 50, budgetMs: 2000, json: true });
  });

  it("names every bad value, with the usage", () => {
    const parsed = parseBenchArgs(["--scales", "0,x", "--samples=-1"]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(/bench: scales\.0/);
    expect(parsed.message).toMatch(/bench: maxSamples/);
    expect(parsed.message).toMatch(/Usage:/);
  });

  it("always runs ours first, as the baselines read its index", () => {
    const parsed = parseBenchArgs(["--systems", "minisearch"]);
    expect(parsed.ok && parsed.args.systems).toEqual(["ours", "minisearch"]);
  });

  it("rejects unknown options and systems", () => {
    expect(parseBenchArgs(["--systems", "lucene"]).ok).toBe(false);
    const parsed = parseBenchArgs(["--fast"]);
    expect(parsed.ok).toBe(false);
  });
});
