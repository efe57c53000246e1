import { describe, expect, it } from "vitest";
import type { Answer, AnswerPassage } from "../answer/answer.js";
import { checkTargets } from "./check-targets.js";
import { formatEvalReport } from "./format-report.js";
import type { Question } from "./question-set.js";
import { scoreQuestion } from "./score-question.js";
import { summariseScores } from "./summarise-scores.js";

function passage(id: string, text: string): AnswerPassage {
  return { id, docId: id.split("#")[0] ?? id, title: "T", section: "", text, score: 1, kind: "body", date: null, url: null, highlight: null };
}

function answer(kind: Answer["answer"]["kind"], text: string, passages: string[] = []): Answer {
  return {
    question: "q",
    searchedFor: null,
    answer: { kind, text, passageId: kind === "none" ? null : "d#0" },
    passages: passages.map((body, index) => passage(`d#${index}`, body)),
    facts: [],
  };
}

const place: Question = {
  id: "t1",
  question: "How many place-based partnerships are there?",
  kind: "number",
  docs: ["d"],
  must_contain: ["There are currently 175 place-based partnerships in England"],
  answer: "175",
  value: "175",
};
const quoted: Question = {
  id: "t2",
  question: "How many people live in Greater Manchester?",
  kind: "lookup",
  docs: ["d"],
  must_contain: ["the area's 2.8 million inhabitants"],
  answer: "2.8 million",
};
const unanswerable: Question = { id: "t3", question: "Who won the cup?", kind: "abstain", docs: [], must_contain: [], answer: "Off-topic." };

describe("scoreQuestion", () => {
  it("counts the answer text as rank 1", () => {
    const score = scoreQuestion(place, answer("fact", "175 place-based partnerships"));
    expect(score).toMatchObject({ hitAt1: true, hitAt3: true, reciprocalRank: 1, exactFigure: true, falseAbstention: false });
  });

  it("ranks by the first passage that holds an expected string", () => {
    const score = scoreQuestion(quoted, answer("passage", "Devolution began in 2016.", ["other", "also other", "for the area’s 2.8\nmillion inhabitants"]));
    expect(score).toMatchObject({ hitAt1: false, hitAt3: true, reciprocalRank: 1 / 3 });
  });

  it("misses beyond the third passage but still gives a reciprocal rank", () => {
    const score = scoreQuestion(quoted, answer("passage", "no", ["a", "b", "c", "the area’s 2.8 million inhabitants"]));
    expect(score).toMatchObject({ hitAt1: false, hitAt3: false, reciprocalRank: 1 / 4 });
  });

  it("takes a numeric value as a hit, but not inside a longer number", () => {
    expect(scoreQuestion(place, answer("passage", "x", ["There are 175 of them."])).hitAt1).toBe(true);
    const wrong = scoreQuestion(place, answer("fact", "1750 partnerships", ["In 2175 there will be more."]));
    expect(wrong).toMatchObject({ hitAt1: false, hitAt3: false, reciprocalRank: 0, exactFigure: false });
  });

  it("does not take a word value as a hit on its own", () => {
    const twice: Question = { ...place, must_contain: ["as high in West Suffolk"], value: "twice" };
    expect(scoreQuestion(twice, answer("passage", "It is twice the rate.")).hitAt1).toBe(false);
  });

  it("requires the exact figure in the lead, not only in a passage", () => {
    const score = scoreQuestion(place, answer("passage", "Place-based partnerships join up services.", ["There are currently 175 place-based partnerships in England"]));
    expect(score).toMatchObject({ hitAt1: true, exactFigure: false });
  });

  it("marks a false abstention on an answerable item", () => {
    expect(scoreQuestion(place, answer("none", "Not found in the documents.")).falseAbstention).toBe(true);
  });

  it("scores abstain items only on abstention", () => {
    expect(scoreQuestion(unanswerable, answer("none", "Not found."))).toMatchObject({ abstainedRightly: true, hitAt1: null, reciprocalRank: null });
    expect(scoreQuestion(unanswerable, answer("passage", "Something.")).abstainedRightly).toBe(false);
  });
});

describe("summariseScores", () => {
  const questions = [place, quoted, unanswerable];
  const scores = [
    scoreQuestion(place, answer("fact", "175")),
    scoreQuestion(quoted, answer("none", "Not found.", ["x", "the area’s 2.8 million inhabitants"])),
    scoreQuestion(unanswerable, answer("passage", "The cup is a trophy.")),
  ];
  const report = summariseScores(questions, scores);

  it("aggregates answerable metrics over answerable items only", () => {
    expect(report.overall.hitAt1).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(report.overall.hitAt3).toEqual({ count: 2, of: 2, rate: 1 });
    expect(report.overall.mrr).toBeCloseTo((1 + 0.5) / 2);
    expect(report.overall.abstention).toEqual({ count: 0, of: 1, rate: 0 });
    expect(report.overall.falseAbstention).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(report.overall.exactFigures).toEqual({ count: 1, of: 1, rate: 1 });
  });

  it("groups by kind, leaving out rates with nothing to count", () => {
    expect(Object.keys(report.byKind)).toEqual(["lookup", "number", "abstain"]);
    expect(report.byKind.abstain?.hitAt1.rate).toBeNull();
    expect(report.byKind.abstain?.mrr).toBeNull();
    expect(report.byKind.number?.hitAt1.rate).toBe(1);
  });

  it("lists the misses with what was expected and what came first", () => {
    expect(report.misses.map((miss) => [miss.id, miss.reasons])).toEqual([
      ["t2", ["hit_at_1", "false_abstention"]],
      ["t3", ["should_abstain"]],
    ]);
    expect(report.misses[0]?.expected).toBe("the area's 2.8 million inhabitants");
    expect(report.misses[1]?.first.text).toBe("The cup is a trophy.");
  });

  it("fails the targets it misses and prints them", () => {
    const failures = checkTargets(report.overall);
    expect(failures.map((failure) => failure.metric)).toEqual(["hit@1", "abstention", "false abstention"]);
    const text = formatEvalReport(report, failures);
    expect(text).toContain("Check FAILED: hit@1 50.0% (target >= 90.0%)");
    expect(text).toMatch(/overall\s+3\s+50\.0% \(1\/2\)/);
    expect(text).toContain("t3 [abstain] answered, should abstain");
  });

  it("passes when every target is met", () => {
    const perfect = summariseScores([place, unanswerable], [scoreQuestion(place, answer("fact", "175")), scoreQuestion(unanswerable, answer("none", "Not found."))]);
    expect(checkTargets(perfect.overall)).toEqual([]);
    expect(formatEvalReport(perfect, [])).toContain("Check passed");
  });
});
