import { describe, expect, it } from "vitest";
import type { DocumentMeta, Passage } from "../index-format/index.js";
import { scoreQuestion, type Question } from "../eval/index.js";
import { baselineAnswer } from "./baseline-answer.js";

const document: DocumentMeta = { id: "doc", title: "Doc", publisher: null, authors: [], date: "2020", kind: null, url: null };
const passage = (n: number, text: string): Passage => ({ id: `doc#${n}`, docId: "doc", kind: "body", sectionPath: ["1. Intro"], text, start: 0, end: text.length });
const passages = [passage(1, "There are 42 Integrated Care Systems."), passage(2, "Devolution moves power."), passage(3, "Unrelated.")];
const documents = new Map([["doc", document]]);
const question: Question = { id: "q", question: "How many ICSs?", kind: "number", docs: ["doc"], must_contain: ["42 Integrated Care Systems"], answer: "42", value: "42" };

describe("baselineAnswer", () => {
  it("scores a hit@1 only when the first passage holds the answer", () => {
    expect(scoreQuestion(question, baselineAnswer(question.question, [0, 1], passages, documents)).hitAt1).toBe(true);
    const second = scoreQuestion(question, baselineAnswer(question.question, [1, 0], passages, documents));
    expect(second.hitAt1).toBe(false);
    expect(second.hitAt3).toBe(true);
  });

  it("abstains when the search finds nothing", () => {
    const answer = baselineAnswer(question.question, [], passages, documents);
    expect(answer.answer.kind).toBe("none");
    expect(answer.passages).toEqual([]);
  });

  it("cites passages as the engine does", () => {
    const answer = baselineAnswer(question.question, [2], passages, documents);
    expect(answer.passages[0]).toMatchObject({ id: "doc#3", title: "Doc", section: "1. Intro", date: "2020", highlight: null });
  });
});
