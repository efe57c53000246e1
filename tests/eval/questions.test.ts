import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { containsFigure, foldText, parseQuestionSet, QuestionKindSchema, type Question } from "../../src/eval/index.js";

const FILE = new URL("./questions.json", import.meta.url);
const CORPUS = new URL("../../corpus/", import.meta.url);

const MIN_QUESTIONS = 120;
const MIN_ABSTAIN = 20;

function loadQuestions(): Question[] {
  const parsed = parseQuestionSet(readFileSync(FILE, "utf8"), "tests/eval/questions.json");
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.questions;
}

/** Each document's paragraphs (blank-line separated), folded as the scorer folds. */
function loadCorpus(): Map<string, string[]> {
  const documents = new Map<string, string[]>();
  for (const name of readdirSync(CORPUS).filter((file) => file.endsWith(".txt"))) {
    const text = readFileSync(new URL(name, CORPUS), "utf8");
    documents.set(name.replace(/\.txt$/, ""), text.split(/\n\s*\n/).map(foldText));
  }
  return documents;
}

const questions = loadQuestions();
const corpus = loadCorpus();

describe("tests/eval/questions.json", () => {
  it("parses, with unique ids, enough questions and enough unanswerable ones", () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
    expect(questions.filter((q) => q.kind === "abstain").length).toBeGreaterThanOrEqual(MIN_ABSTAIN);
  });

  it("covers every kind and every document", () => {
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(QuestionKindSchema.options));
    expect(new Set(questions.flatMap((q) => q.docs))).toEqual(new Set(corpus.keys()));
  });

  it("names only documents of the corpus", () => {
    const unknown = questions.flatMap((q) => q.docs.filter((doc) => !corpus.has(doc)).map((doc) => `${q.id}: ${doc}`));
    expect(unknown).toEqual([]);
  });

  // A typo in an expected string would make its question unanswerable for any engine;
  // keeping each string inside one paragraph means chunking cannot split it either.
  it("finds every must_contain string verbatim within one paragraph of one of its docs", () => {
    const missing = questions.flatMap((q) =>
      q.must_contain
        .filter((expected) => !q.docs.some((doc) => (corpus.get(doc) ?? []).some((paragraph) => paragraph.includes(foldText(expected)))))
        .map((expected) => `${q.id}: ${expected}`),
    );
    expect(missing).toEqual([]);
  });

  it("finds every value as a figure in the text of one of its docs", () => {
    const missing = questions
      .filter((q) => q.value !== undefined && !q.docs.some((doc) => (corpus.get(doc) ?? []).some((paragraph) => containsFigure(paragraph, q.value ?? ""))))
      .map((q) => `${q.id}: ${q.value}`);
    expect(missing).toEqual([]);
  });

  it("gives every document of a cross-document question an expected string of its own", () => {
    const uncovered = questions
      .filter((q) => q.kind === "cross-doc")
      .flatMap((q) =>
        q.docs
          .filter((doc) => !q.must_contain.some((expected) => (corpus.get(doc) ?? []).some((paragraph) => paragraph.includes(foldText(expected)))))
          .map((doc) => `${q.id}: ${doc}`),
      );
    expect(uncovered).toEqual([]);
  });
});
