import type { Answer, AnswerPassage, AskOptions } from "../../src/answer/answer.js";
import type { Engine, SourceSummary } from "../../src/engine/engine.js";
import type { FactQuery } from "../../src/facts/fact-query.js";
import type { Fact } from "../../src/index-format/index.js";

/** An Engine that answers from values the test controls and records how it was called. */
export { createFakeEngine, makePassage, FAKE_SOURCES, type FakeEngine };

interface FakeEngine extends Engine {
  askCalls: Array<{ question: string; options: AskOptions | undefined }>;
  factCalls: FactQuery[];
}

const FAKE_SOURCES: SourceSummary[] = [
  {
    document: { id: "doc-a", title: "Close Enough to Care", publisher: "Reform", authors: [], date: "2024-03", kind: "report", url: "https://example.org/a" },
    passages: 120,
  },
  {
    document: { id: "doc-b", title: "Local empowerment", publisher: "Localis", authors: [], date: null, kind: null, url: null },
    passages: 12,
  },
];

function makePassage(n: number, text = `Passage number ${n} says something relevant about devolution.`): AnswerPassage {
  return {
    id: `doc-a#${n}`,
    docId: "doc-a",
    title: "Close Enough to Care",
    section: "2 The centre › 2.1 Roles",
    text,
    score: 10 - n,
    kind: "body",
    date: "2024-03",
    url: "https://example.org/a",
    highlight: { start: 0, end: Math.min(20, text.length) },
  };
}

function defaultAnswer(question: string, options: AskOptions | undefined): Answer {
  const offset = options?.offset ?? 0;
  const passages = [0, 1, 2, 3, 4].map((i) => makePassage(offset + i));
  return { question, searchedFor: null, answer: { kind: "passage", text: `Lead for: ${question}`, passageId: passages[0]?.id ?? null }, passages, facts: [] };
}

function createFakeEngine(overrides: { ask?: (question: string, options?: AskOptions) => Answer; facts?: Fact[] } = {}): FakeEngine {
  const askCalls: FakeEngine["askCalls"] = [];
  const factCalls: FactQuery[] = [];
  return {
    askCalls,
    factCalls,
    ask(question, options) {
      askCalls.push({ question, options });
      return (overrides.ask ?? defaultAnswer)(question, options);
    },
    lookupFacts(query) {
      factCalls.push(query);
      return (overrides.facts ?? []).filter((f) => (query.type === undefined || f.type === query.type) && (query.docId === undefined || f.docId === query.docId));
    },
    sources: () => FAKE_SOURCES,
    factCounts: () => ({ body: 3, number: 7, recommendation: 2 }),
  };
}
