import { describe, expect, it } from "vitest";
import { continueSubject, isFollowUp, resolveFollowUp } from "./follow-up.js";

describe("follow-up questions", () => {
  it("asks the previous question of the new name", () => {
    expect(resolveFollowUp("and in Denmark?", "How do hospitals get paid in Israel?")).toBe("How do hospitals get paid in Denmark?");
    expect(resolveFollowUp("what about Reform?", "What did Localis recommend on budgets?")).toBe("What did Reform recommend on budgets?");
    expect(resolveFollowUp("And the Localis one?", "Who wrote the Reform report?")).toBe("Who wrote the Localis report?");
    expect(resolveFollowUp("what about the CQC?", "What does the Department of Health and Social Care do?")).toBe("What does the CQC do?");
  });

  it("replaces the last name of several", () => {
    expect(resolveFollowUp("and Surrey?", "What did the BMJ say about Greater Manchester?")).toBe("What did the BMJ say about Surrey?");
  });

  it("leaves alone what is no follow-up, names nothing, or has nothing to replace", () => {
    expect(resolveFollowUp("How are hospitals paid in Denmark?", "How do hospitals get paid in Israel?")).toBeNull();
    expect(resolveFollowUp("and why?", "How do hospitals get paid in Israel?")).toBeNull();
    expect(resolveFollowUp("and doctors?", "How many nurses are there?")).toBeNull();
    expect(resolveFollowUp("and Denmark?", "how are hospitals paid?")).toBeNull();
    expect(resolveFollowUp("What is its budget?", "What does the CQC do?")).toBeNull();
  });

  it("asks a follow-up that names no subject about the previous question's", () => {
    expect(continueSubject("what does it do?", "What is the CQC?")).toBe("what does CQC do?");
    expect(continueSubject("What is its budget?", "What does the CQC do?")).toBe("What is CQC's budget?");
    expect(continueSubject("and how many are there?", "What are place-based partnerships?")).toBe("and how many place-based partnerships are there?");
    expect(continueSubject("and why?", "What did Localis recommend on budgets?")).toBe("and why — Localis?");
  });

  it("leaves a follow-up that names its own subject, or follows a question with none", () => {
    expect(continueSubject("how many ICSs are there?", "What is an ICB?")).toBeNull();
    expect(continueSubject("what does it do?", "What is it?")).toBeNull();
  });

  it("reads a short question or one opening with 'and' as a follow-up", () => {
    expect(isFollowUp("and in Denmark?")).toBe(true);
    expect(isFollowUp("Denmark?")).toBe(true);
    expect(isFollowUp("How are hospitals paid in Denmark?")).toBe(false);
  });
});
