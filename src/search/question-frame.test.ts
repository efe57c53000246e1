import { describe, expect, it } from "vitest";
import { asksSomething, frameQuestion } from "./question-frame.js";

describe("frameQuestion", () => {
  it("asks the question inside a wrapper about the documents", () => {
    expect(frameQuestion("Do the sources agree on how many ICSs England has?")).toEqual({
      inner: "how many ICSs England has?",
      acrossSources: true,
      eachSource: true,
      remarks: "",
    });
    expect(frameQuestion("What do the reports say about local revenue raising?")).toEqual({
      inner: "local revenue raising?",
      acrossSources: false,
      eachSource: true,
      remarks: "",
    });
    expect(frameQuestion("According to the documents, what is the population of Wigan?").inner).toBe(
      "what is the population of Wigan?",
    );
    expect(frameQuestion("How do both papers differ on the role of mayors?").acrossSources).toBe(true);
  });

  it("keeps a question that names its source or is only a wrapper", () => {
    for (const question of ["What does Reform say about tariffs?", "What do the documents say?", "Do ICSs agree budgets with councils?"]) {
      expect(frameQuestion(question)).toEqual({ inner: question, acrossSources: false, eachSource: false, remarks: "" });
    }
  });

  it("reads a wrapper that follows its question", () => {
    expect(frameQuestion("How many ICSs are there? Do the docs agree?")).toEqual({ inner: "How many ICSs are there?", acrossSources: true, eachSource: true, remarks: "" });
    expect(frameQuestion("Local revenue raising - what do the reports say?")).toMatchObject({ inner: "Local revenue raising", eachSource: true });
  });

  it("asks for each source's view when the question asks which documents discuss something", () => {
    expect(frameQuestion("Which documents mention Health Education England?")).toMatchObject({ inner: "Which documents mention Health Education England?", eachSource: true });
    expect(frameQuestion("Which report did Andy Burnham write the foreword for?").eachSource).toBe(false);
  });

  it("sets a greeting or an aside apart from the question as remarks", () => {
    expect(frameQuestion("hey bot - what does the CQC do?")).toMatchObject({ inner: "what does the CQC do?", remarks: "hey bot" });
    expect(frameQuestion("Hi! Quick one: how many ICSs are there?")).toMatchObject({ inner: "how many ICSs are there?", remarks: "Hi! Quick one" });
    expect(frameQuestion("How many ICSs are there? I've seen different numbers quoted")).toMatchObject({
      inner: "How many ICSs are there?",
      remarks: "I've seen different numbers quoted",
    });
    expect(frameQuestion("I'm writing a briefing. Tell me about the Better Care Fund.").inner).toBe("Tell me about the Better Care Fund.");
  });

  it("keeps the whole message when nothing in it asks, when all of it asks, or when the question refers back", () => {
    for (const message of ["Greater Manchester devolution budget and population", "What is an ICS? And how many are there?", "Reform report: what are its recommendations?", "Norman Lamb - what did he say about waiting times?"]) {
      expect(frameQuestion(message)).toMatchObject({ inner: message, remarks: "" });
    }
  });

  it("tells a part that asks from a few words naming a topic", () => {
    expect(asksSomething("Is the deal working")).toBe(true);
    expect(asksSomething("list the ICB members")).toBe(true);
    expect(asksSomething("ICB membership rules?")).toBe(true);
    expect(asksSomething("issues with ICB membership")).toBe(false);
  });

  it("keeps the whole message when its question only asks which document says what", () => {
    const message = "DevoConnect says there are 44 ICSs but I thought it was 42 - which doc says what?";
    expect(frameQuestion(message)).toMatchObject({ inner: message, remarks: "", eachSource: true });
    expect(frameQuestion("I thought it was 42 - which doc has the ICS count?")).toMatchObject({ inner: "which doc has the ICS count?" });
  });
});
