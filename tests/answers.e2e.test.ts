import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AnswerSchema, type Answer } from "../src/answer/answer.js";
import { openEngine } from "../src/cli/open-engine.js";
import type { Engine } from "../src/engine/index.js";

const ROOT = new URL("../", import.meta.url).pathname;
const CORPUS = join(ROOT, "corpus");

// End to end over the real corpus, with an index built into a fresh folder: the questions
// teams ask most, checked on what the answer must hold rather than on exact wording.
let engine: Engine;
let indexDir: string;
beforeAll(async () => {
  indexDir = join(await mkdtemp(join(tmpdir(), "qa-e2e-")), "index");
  const opened = await openEngine({ config: { corpusDir: CORPUS, indexDir }, log: () => {} });
  if (!opened.ok) throw new Error(opened.message);
  engine = opened.engine;
});

function ask(question: string, previousQuestion?: string): Answer {
  return AnswerSchema.parse(engine.ask(question, { previousQuestion }));
}

describe("answers over the real corpus", () => {
  it("leads a count with the figure and shows another document's value beside it", () => {
    const answer = ask("How many Integrated Care Systems are there?");
    expect(answer.answer.kind).toBe("fact");
    expect(answer.answer.text.startsWith("42")).toBe(true);
    expect(answer.answer.text).toContain("Also: 44");
    expect(answer.passages[0]?.id).toBe(answer.answer.passageId);
  });

  it("gives each source's figure when asked whether the sources agree on it", () => {
    const answer = ask("Do the sources agree on how many integrated care systems England has?");
    expect(answer.answer.kind).toBe("fact");
    expect(answer.answer.text).toMatch(/^42 /);
    expect(answer.answer.text).toContain("Also: 44");
  });

  it("finds a figure of the measure asked below passages that only share its words", () => {
    const answer = ask("What is the population of Greater Manchester?");
    expect(answer.answer.kind).toBe("passage");
    expect(answer.answer.text).toContain("2.8 million people");
  });

  it("gives a named body's role", () => {
    const answer = ask("What does OHID do?");
    expect(answer.answer.kind).toBe("fact");
    expect(answer.answer.text).toMatch(/^Office for Health Improvement and Disparities/);
  });

  it("lists a source's recommendations", () => {
    const answer = ask("What did Localis recommend?");
    expect(answer.answer.kind).toBe("fact");
    expect(answer.answer.text).toContain("Recommendation 1:");
    expect(answer.facts.every((fact) => fact.type === "recommendation" && fact.docId === "localis-local-empowerment")).toBe(true);
  });

  it("lists a source's numbered recommendations however the source is named", () => {
    for (const question of ["Reform report recommendations", "Reform report: what are its recommendations?"]) {
      const answer = ask(question);
      expect(answer.answer.text).toMatch(/recommends:\nRecommendation 1: /);
    }
  });

  it("answers the question in a chat message as it answers the question alone", () => {
    for (const [message, question] of [
      ["hey bot - what does the CQC do?", "What does the CQC do?"],
      ["Hi! Quick one: how many ICSs are there?", "How many ICSs are there?"],
    ] as const) {
      expect(ask(message).answer).toEqual(ask(question).answer);
    }
  });

  it("answers a question asking when with the dated sentence, not a figure it mentions", () => {
    const answer = ask("When did Greater Manchester take control of its health budget?");
    expect(answer.answer.kind).toBe("passage");
    expect(answer.answer.text).toContain("In 2015");
  });

  it("answers when from a passage that states a date, over one that shares more words", () => {
    const answer = ask("When did the Greater Manchester deal begin?");
    expect(answer.answer.text).toContain("began in April 2016");
  });

  it("answers what a source without numbered recommendations recommends from its own prescriptive sentences", () => {
    const answer = ask("What did the Health Foundation recommend?");
    expect(answer.answer.kind).toBe("fact");
    expect(answer.answer.text).toContain("Devolution Deals must be aligned with other initiatives");
    expect(answer.passages[0]?.docId).toBe("hf-2016-devolution");
  });

  it("accepts a passage naming the body asked about by its other name", () => {
    const answer = ask("Who was the former chief executive of the CQC?");
    expect(answer.answer.kind).toBe("passage");
    expect(answer.answer.text).toContain("Sir David Behan, former Chief Executive of the Care Quality Commission");
  });

  it("answers what someone said about a figure from what they said, not from another passage's figure", () => {
    const answer = ask("What did Sadiq Khan say about how much tax London raises?");
    expect(answer.answer.kind).toBe("passage");
    expect(answer.answer.text).toContain("Sadiq Khan, said");
  });

  it("answers with an acronym the corpus never writes when a top passage writes out its words", () => {
    const answer = ask("Who regulates IVF clinics?");
    expect(answer.answer.kind).toBe("passage");
    expect(answer.answer.text).toContain("in-vitro fertilisation");
  });

  it("answers a question about a source itself from the text that names it", () => {
    const answer = ask("What is DevoConnect?");
    expect(answer.answer.kind).toBe("passage");
    expect(answer.answer.text).toContain("DevoConnect, publisher of the essays");
  });

  it("says a source makes fewer recommendations than the one asked for, and lists them", () => {
    const answer = ask("What is Reform's third recommendation?");
    expect(answer.answer.kind).toBe("fact");
    expect(answer.answer.text).toContain("there is no Recommendation 3");
    expect(answer.facts.map((fact) => (fact.type === "recommendation" ? fact.label : ""))).toEqual(["Recommendation 1", "Recommendation 2"]);
  });

  it("answers who wrote or published a document from its metadata, but not who wrote a part of it", () => {
    const author = ask("Who wrote Close Enough to Care?");
    expect(author.answer.kind).toBe("fact");
    expect(author.answer.text).toContain("by Rosie Beacon");
    expect(author.passages[0]?.docId).toBe("reform-2024-close-enough-to-care");
    expect(ask("Who wrote the foreword to the Reform report?").answer.text).not.toContain("Rosie Beacon");
  });

  it("answers with the sentence that says so, highlighted in a cited passage", () => {
    const answer = ask("Who is ultimately responsible for England's health and care system?");
    expect(answer.answer.kind).toBe("passage");
    expect(answer.answer.text).toContain("Secretary of State");
    const lead = answer.passages[0];
    expect(lead?.highlight && lead.text.slice(lead.highlight.start, lead.highlight.end)).toBe(answer.answer.text);
    expect(lead?.title).toMatch(/^Close Enough to Care/);
    expect(lead?.section).not.toBe("");
  });

  it("carries a follow-up's context from the previous question", () => {
    const alone = ask("and in Denmark?");
    const followUp = ask("and in Denmark?", "How are hospitals paid for in Israel?");
    expect(followUp.passages[0]?.text).toMatch(/Denmark/);
    expect(followUp.passages[0]?.text).toMatch(/hospital/i);
    expect(followUp.passages.map((p) => p.id)).not.toEqual(alone.passages.map((p) => p.id));
  });

  it("asks a follow-up that names something new as the previous question about it", () => {
    const body = ask("what about the CQC?", "What does OHID do?");
    expect(body.answer.kind).toBe("fact");
    expect(body.answer.text).toMatch(/^Care Quality Commission/);
    const author = ask("and the Localis one?", "Who wrote the Reform report?");
    expect(author.answer.text).toContain("Jack Airey");
    expect(author.question).toBe("and the Localis one?");
  });

  it("leads with a figure whose passage follows, past a footnote, the one naming the place asked about", () => {
    const answer = ask("What share of Danish local authorities said co-financing affected their health strategy?");
    expect(answer.answer.kind).toBe("fact");
    expect(answer.answer.text).toMatch(/^(22|48) per cent/);
  });

  it("answers a question about two places from a passage on either", () => {
    const answer = ask("What do Denmark and Israel do to limit hospital costs?");
    expect(answer.answer.kind).toBe("passage");
    expect(answer.answer.text).toMatch(/Denmark|Israel/);
  });

  it("answers what something is with the sentence that glosses it", () => {
    expect(ask("What is co-financing?").answer.text).toContain("where municipalities must pay a share of the costs");
    expect(ask("What is a combined authority?").answer.text).toContain("combined authorities are the main institutional vehicle");
  });

  it("searches a misspelt question as it was meant, and says what it searched for", () => {
    const misspelt = ask("Waht is an integated care board?");
    expect(misspelt.searchedFor).toBe("What is an integrated care board?");
    expect(misspelt.answer.text).toBe(ask("What is an integrated care board?").answer.text);
    expect(ask("What is an integrated care board?").searchedFor).toBeNull();
  });

  it("looks a misspelt name up as it was meant when nothing matches it as typed", () => {
    const bodies = engine.lookupFacts({ type: "body", text: "Care Quality Comission" });
    expect(bodies[0]?.type === "body" && bodies[0].name).toBe("Care Quality Commission");
    expect(engine.lookupFacts({ type: "body", text: "Pizza Express" })).toEqual([]);
  });

  it("says so when the corpus has no answer, offering at most three related passages", () => {
    for (const question of [
      "How do I reset my VPN password?",
      "How does the French ARS system work?",
      "How many GPs are there in Scotland?",
      "How much does a GP earn?",
      "What is the NHS budget for 2030?",
      "How many hospitals are there in Denmark?",
      "What is the population of Denmark?",
      "What is the weather like in Manchester?",
      "Which football team does Andy Burnham support?",
      "How long is the waiting list for hip replacements?",
      "What is the CQC's budget?",
      "What is the NHS dental contract?",
      "What is Andy Burnham's favourite football team?",
      "Is Norman Lamb married?",
      "dental contract england",
      "What is the junior doctors' strike about?",
      "When was the Care Quality Commission founded?",
      "How many CCGs are there?",
      "What did the King's Fund recommend about social care funding?",
    ]) {
      const answer = ask(question);
      expect(answer.answer.kind, question).toBe("none");
      expect(answer.passages.length).toBeLessThanOrEqual(3);
      expect(answer.facts).toEqual([]);
    }
  });
});

describe("npm run ask, as a public JSON contract", () => {
  function runAsk(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = execFile(join(ROOT, "node_modules", ".bin", "tsx"), ["src/cli/ask.ts", ...args], { cwd: ROOT, env: { ...process.env, INDEX_DIR: indexDir } }, (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr });
      });
      child.stdin?.end(input ?? "");
    });
  }

  it("prints one schema-valid object for --json", async () => {
    const run = await runAsk(["--json", "How many ICBs are there?"]);
    expect(run.code).toBe(0);
    const answer = AnswerSchema.parse(JSON.parse(run.stdout));
    expect(answer.question).toBe("How many ICBs are there?");
    expect(answer.passages.length).toBeLessThanOrEqual(5);
  });

  it("answers --jsonl line by line, in order, skipping blank lines", async () => {
    const run = await runAsk(["--jsonl"], "What is an ICS?\n\nWho is the current Prime Minister of France?\n");
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n").map((line) => AnswerSchema.parse(JSON.parse(line)));
    expect(lines.map((answer) => answer.question)).toEqual(["What is an ICS?", "Who is the current Prime Minister of France?"]);
    expect(lines[1]?.answer.kind).toBe("none");
  });

  it("prints the corrected question above the answer in the terminal", async () => {
    const run = await runAsk(["Waht is an integated care board?"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Searched for: What is an integrated care board?");
  });

  it("refuses a missing question with the usage and no stack trace", async () => {
    const run = await runAsk(["--json"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("Usage:");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
