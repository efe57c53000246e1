import { describe, expect, it } from "vitest";
import type { DocumentMeta, Passage } from "../index-format/index.js";
import { prescriptiveLead } from "./prescriptive-lead.js";

const briefing: DocumentMeta = {
  id: "hf",
  title: "Devolution and health care: key points",
  publisher: "The Health Foundation (charity)",
  authors: [],
  date: "2016",
  kind: null,
  url: null,
};

function passage(ordinal: number, text: string, kind: Passage["kind"] = "body", docId = "hf"): Passage {
  return { id: `${docId}#${ordinal}`, docId, kind, sectionPath: [], text, start: 0, end: text.length };
}

describe("prescriptiveLead", () => {
  it("lists, in document order, the source's own sentences saying what should be done", () => {
    const lead = prescriptiveLead(briefing, [
      passage(1, "• Interest in devolution is high.\n• Deals must be aligned with other initiatives."),
      passage(2, "Leaders “should act now”, said the minister. Budgets should be pooled."),
      passage(3, "¹ Councils should read this guide.", "footnote"),
      passage(4, "Funding should be stable.", "body", "other"),
    ]);
    expect(lead?.text).toBe(
      "The Health Foundation — Devolution and health care makes no numbered recommendations. It says:\n" +
        "• Deals must be aligned with other initiatives.\n• Budgets should be pooled.",
    );
    expect(lead?.passageId).toBe("hf#1");
  });

  it("gives no lead when the source prescribes nothing", () => {
    expect(prescriptiveLead(briefing, [passage(1, "Interest in devolution is high.")])).toBeNull();
  });
});
