import { describe, expect, it } from "vitest";
import { frameQuestion } from "./question-frame.js";

describe("frameQuestion", () => {
  it("asks the question inside a wrapper about the documents", () => {
    expect(frameQuestion("Do the sources agree on how many ICSs England has?")).toEqual({
      inner: "how many ICSs England has?",
      acrossSources: true,
    });
    expect(frameQuestion("What do the reports say about local revenue raising?")).toEqual({
      inner: "local revenue raising?",
      acrossSources: false,
    });
    expect(frameQuestion("According to the documents, what is the population of Wigan?").inner).toBe(
      "what is the population of Wigan?",
    );
    expect(frameQuestion("How do both papers differ on the role of mayors?").acrossSources).toBe(true);
  });

  it("keeps a question that names its source or is only a wrapper", () => {
    for (const question of ["What does Reform say about tariffs?", "What do the documents say?", "Do ICSs agree budgets with councils?"]) {
      expect(frameQuestion(question)).toEqual({ inner: question, acrossSources: false });
    }
  });
});
