import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer, AnswerPassage } from "../answer/answer.js";
import {
  ACTION_IDS,
  ButtonValueSchema,
  LIMITS,
  blockTextLength,
  renderAnswerMessage,
  renderFactsMessage,
  renderHomeView,
  type Block,
  type SlackMessage,
} from "./slack-blocks.js";

const passage = (n: number, text: string): AnswerPassage => ({
  id: `reform#${n}`,
  docId: "reform",
  title: "Close Enough to Care",
  section: "2 The centre › 2.1 Roles",
  text,
  score: 1,
  kind: "body",
  date: "2024-03",
  url: "https://example.org/reform",
  highlight: null,
});

const answer: Answer = {
  question: "What do ICBs commission?",
  searchedFor: null,
  answer: { kind: "fact", text: "£107.8 billion — ICB commissioning resources (2022-23)", passageId: "reform#3" },
  passages: [passage(3, "ICBs commissioned £107.8 billion of services in 2022-23."), passage(9, "Smaller & local.")],
  facts: [],
};

function checkLimits(message: SlackMessage): void {
  const { blocks } = message;
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
  expect(blockTextLength(blocks)).toBeLessThanOrEqual(LIMITS.messageBlockText);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThan(4000);
  for (const block of blocks) checkBlock(block);
}

function checkBlock(block: Block): void {
  if (block.type === "section") expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
  if (block.type === "header") expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
  if (block.type === "context") expect(block.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
  if (block.type === "actions") {
    for (const b of block.elements) {
      expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
      expect(b.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
      expect(ButtonValueSchema.safeParse(JSON.parse(b.value)).success).toBe(true);
    }
  }
}

describe("renderAnswerMessage", () => {
  it("leads with the answer, cites each passage and offers the buttons (pinned)", async () => {
    const message = renderAnswerMessage(answer, { request: { c: "ask", q: answer.question }, restate: true, shareable: true });
    checkLimits(message);
    await expect(JSON.stringify(message, null, 2)).toMatchFileSnapshot("__snapshots__/answer-message.json");
  });

  it("says honestly when nothing answers and offers the nearest passages as possibly related", () => {
    const none: Answer = { ...answer, answer: { kind: "none", text: "Not found.", passageId: null } };
    const message = renderAnswerMessage(none, { request: { c: "ask", q: none.question }, restate: false, shareable: false });
    const text = JSON.stringify(message.blocks);
    expect(text).toContain("I couldn't find that in the documents.");
    expect(text).toContain("Possibly related:");
    expect(text).not.toContain(ACTION_IDS.share);
  });

  it("says what was searched for when the question's spelling was corrected", () => {
    const corrected: Answer = { ...answer, question: "Waht do ICBs comission?", searchedFor: "What do ICBs commission? <!here>" };
    const text = JSON.stringify(renderAnswerMessage(corrected, { request: { c: "ask", q: corrected.question }, restate: false, shareable: false }).blocks);
    expect(text).toContain("*Searched for:* What do ICBs commission? &lt;!here&gt;");
    expect(JSON.stringify(renderAnswerMessage(answer, { request: { c: "ask", q: answer.question }, restate: false, shareable: false }).blocks)).not.toContain("Searched for");
  });

  it("holds every Slack limit for any answer", () => {
    const longText = fc.string({ maxLength: 6000, unit: fc.constantFrom("a", " ", "<", "&", "\n", "é") });
    const arbPassage = fc.record({ text: longText, title: longText, section: longText, start: fc.nat(7000) }).map(
      (p, i = 0): AnswerPassage => ({ ...passage(i, p.text || "x"), title: p.title, section: p.section, highlight: { start: p.start, end: p.start + 10 } }),
    );
    fc.assert(
      fc.property(longText, longText, fc.array(arbPassage, { maxLength: 5 }), fc.constantFrom("fact", "passage", "none"), (question, lead, passages, kind) => {
        const a: Answer = { question, searchedFor: null, answer: { kind, text: lead, passageId: null }, passages, facts: [] };
        checkLimits(renderAnswerMessage(a, { request: { c: "ask", q: question.slice(0, 500) }, restate: true, shareable: true }));
      }),
      { numRuns: 60 },
    );
  });
});

describe("renderFactsMessage and renderHomeView", () => {
  it("lists at most the per-message number of facts and says how many more there are", () => {
    const facts = Array.from({ length: 25 }, (_, i) => ({
      type: "recommendation" as const,
      id: `r${i}`,
      docId: "reform",
      passageId: `reform#${i}`,
      quote: "q",
      source: "Reform",
      label: `Recommendation ${i + 1}`,
      text: "Give ICBs more freedom. ".repeat(20),
      section: "s",
    }));
    const message = renderFactsMessage(facts, [], { request: { c: "recommendations", q: "" }, heading: "Recommendations", shareable: true });
    checkLimits(message);
    expect(JSON.stringify(message.blocks)).toMatch(/and \d+ more/);
  });

  it("shows sources with dates and passage counts on App Home", () => {
    const view = renderHomeView({
      sources: [{ document: { id: "loc", title: "Local <b>", publisher: null, authors: [], date: null, kind: null, url: null }, passages: 4 }],
      factCounts: { body: 1, number: 2, recommendation: 3 },
      commands: [{ command: "/ask", usageHint: "[question]", description: "Ask" }],
    });
    const text = JSON.stringify(view);
    expect(text).toContain("Local &lt;b&gt;");
    expect(text).toContain("date unknown · 4 passages");
    expect(text).toContain("Recommendations: 3");
  });
});
