import { describe, expect, it } from "vitest";
import { parseAskArgs } from "./ask-args.js";
import { parseEvalArgs } from "./eval-args.js";
import { parseFactsArgs } from "./facts-args.js";

describe("parseAskArgs", () => {
  it("reads a question, the JSON modes and a previous question", () => {
    expect(parseAskArgs(["how", "many", "ICSs?"])).toEqual({ ok: true, mode: "text", question: "how many ICSs?", previous: undefined });
    expect(parseAskArgs(["--json", "q"])).toMatchObject({ ok: true, mode: "json", question: "q" });
    expect(parseAskArgs(["--previous", "how is Italy funded?", "and Denmark?"])).toMatchObject({ previous: "how is Italy funded?" });
    expect(parseAskArgs(["--jsonl"])).toEqual({ ok: true, mode: "jsonl" });
  });
  it("refuses bad input with a message and usage", () => {
    expect(parseAskArgs([])).toMatchObject({ ok: false, message: expect.stringMatching(/no question given[\s\S]*Usage/) });
    expect(parseAskArgs(["--bogus", "q"])).toMatchObject({ ok: false, message: expect.stringMatching(/bogus/) });
    expect(parseAskArgs(["--jsonl", "q"])).toMatchObject({ ok: false });
  });
});

describe("parseFactsArgs", () => {
  it("builds a query from flags and words", () => {
    expect(parseFactsArgs(["--type", "number", "--doc", "x", "integrated", "care"])).toEqual({
      ok: true,
      json: false,
      query: { type: "number", docId: "x", text: "integrated care" },
    });
    expect(parseFactsArgs(["--json"])).toEqual({ ok: true, json: true, query: {} });
  });
  it("names the allowed types when given another", () => {
    expect(parseFactsArgs(["--type", "person"])).toEqual({
      ok: false,
      message: 'facts: --type must be one of body, number, recommendation (got "person")',
    });
  });
});

describe("parseEvalArgs", () => {
  it("reads the file and the flags", () => {
    expect(parseEvalArgs(["set.json", "--check", "--json"])).toEqual({ ok: true, file: "set.json", check: true, json: true, floors: undefined });
    expect(parseEvalArgs(["set.json", "--check", "--floors", "f.json"])).toMatchObject({ check: true, floors: "f.json" });
    expect(parseEvalArgs(["set.json"])).toEqual({ ok: true, file: "set.json", check: false, json: false, floors: undefined });
  });
  it("gives the usage for no file, two files or an unknown flag", () => {
    for (const argv of [[], ["a.json", "b.json"], ["a.json", "--fast"]]) {
      const parsed = parseEvalArgs(argv);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("Usage:");
    }
  });
});
