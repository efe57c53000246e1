import { describe, expect, it } from "vitest";
import { isFollowUp, resolveFollowUp } from "./follow-up.js";

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
  });

  it("reads a short question or one opening with 'and' as a follow-up", () => {
    expect(isFollowUp("and in Denmark?")).toBe(true);
    expect(isFollowUp("Denmark?")).toBe(true);
    expect(isFollowUp("How are hospitals paid in Denmark?")).toBe(false);
  });
});
