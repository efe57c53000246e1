import { describe, expect, it } from "vitest";
import { speechSentenceTest } from "./speech-question.js";

const noSources = new Set<string>();

describe("speechSentenceTest", () => {
  it("asks what someone said of a sentence that reports speech or a view", () => {
    const test = speechSentenceTest("What did Stagecoach say about franchising?", noSources);
    expect(test?.("Five groups — Arriva, First, Go-Ahead and Stagecoach — run most services.")).toBe(false);
    expect(test?.("Stagecoach said franchising would raise costs.")).toBe(true);
    expect(test?.("According to Stagecoach, costs would rise.")).toBe(true);
    expect(test?.("“Costs will rise,” the operator warned.")).toBe(true);
    expect(speechSentenceTest("How does the London mayor think the money should be spent?", noSources)?.("Sadiq Khan wrote to the minister.")).toBe(true);
  });

  it("asks what someone found of a sentence that reports a finding", () => {
    const test = speechSentenceTest("What did the Drinking Water Inspectorate find about lead pipes?", noSources);
    expect(test?.("The Drinking Water Inspectorate (DWI) regulates drinking water quality.")).toBe(false);
    expect(test?.("The inspectorate found that lead pipes were rare.")).toBe(true);
    expect(speechSentenceTest("What did the OEP conclude about storm overflows?", noSources)?.("The OEP concluded that the law was broken.")).toBe(true);
  });

  it("leaves a question about what a source or the documents say to the documents' own words", () => {
    expect(speechSentenceTest("What does Reform say about ICBs?", new Set(["reform"]))).toBeNull();
    expect(speechSentenceTest("What do the reports say about the Better Care Fund?", noSources)).toBeNull();
    expect(speechSentenceTest("What does it say about tariffs?", noSources)).toBeNull();
    expect(speechSentenceTest("What is the Better Care Fund?", noSources)).toBeNull();
  });
});
