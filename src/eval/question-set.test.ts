import { describe, expect, it } from "vitest";
import { parseQuestionSet } from "./question-set.js";

const good = { id: "a", question: "q?", kind: "lookup", docs: ["d"], must_contain: ["x"], answer: "x" };

describe("parseQuestionSet", () => {
  it("accepts a well-formed set", () => {
    const parsed = parseQuestionSet(JSON.stringify([good, { id: "b", question: "off?", kind: "abstain", docs: [], must_contain: [], answer: "no" }]), "f.json");
    expect(parsed.ok && parsed.questions.map((q) => q.id)).toEqual(["a", "b"]);
  });

  it("names the file on bad JSON", () => {
    const parsed = parseQuestionSet("[{", "set.json");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: "eval_bad_json", message: expect.stringMatching(/^set\.json: not valid JSON/) });
  });

  it("names the file, the item and the field of every schema problem", () => {
    const parsed = parseQuestionSet(JSON.stringify([good, { ...good, id: "b", kind: "guess" }, { ...good, id: "c", kind: "abstain" }]), "set.json");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe("eval_bad_schema");
      expect(parsed.error.message).toContain("set.json: item 2 (id b): kind:");
      expect(parsed.error.message).toContain("set.json: item 3 (id c): docs: must be empty for an abstain item");
    }
  });

  it("rejects an answerable item without expectations, unknown fields and a non-array", () => {
    const noExpect = parseQuestionSet(JSON.stringify([{ ...good, must_contain: [] }]), "f");
    expect(!noExpect.ok && noExpect.error.message).toContain("must_contain");
    const extra = parseQuestionSet(JSON.stringify([{ ...good, mustContain: ["x"] }]), "f");
    expect(extra.ok).toBe(false);
    expect(parseQuestionSet("{}", "f").ok).toBe(false);
  });

  it("rejects duplicate ids", () => {
    const parsed = parseQuestionSet(JSON.stringify([good, good]), "f");
    expect(!parsed.ok && parsed.error).toMatchObject({ code: "eval_duplicate_id", message: "f: duplicate ids: a" });
  });
});
