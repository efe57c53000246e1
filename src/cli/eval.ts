import { readFile } from "node:fs/promises";
import { parseEvalArgs } from "./eval-args.js";
import {
  checkTargets,
  formatEvalReport,
  PRODUCT_TARGETS,
  TargetsSchema,
  type Targets,
  parseQuestionSet,
  scoreQuestion,
  summariseScores,
  type Question,
} from "../eval/index.js";

/** Exit codes: 1 when a target is missed under --check (or the engine cannot open), 2 for bad input. */
const EXIT_BELOW_TARGET = 1;
const EXIT_BAD_INPUT = 2;

/** The text of an input file, or a one-line message naming it and why it cannot be read. */
async function readInput(file: string, what: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await readFile(file, "utf8") };
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "unreadable";
    return { ok: false, message: `eval: cannot read ${what}${file} (${code})` };
  }
}

async function loadQuestions(file: string): Promise<{ ok: true; questions: Question[] } | { ok: false; message: string }> {
  const read = await readInput(file, "");
  if (!read.ok) return read;
  const parsed = parseQuestionSet(read.text, file);
  return parsed.ok ? parsed : { ok: false, message: parsed.error.message };
}

async function loadFloors(file: string): Promise<{ ok: true; targets: Targets } | { ok: false; message: string }> {
  const read = await readInput(file, "floors ");
  if (!read.ok) return read;
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return { ok: false, message: `eval: floors ${file} is not valid JSON` };
  }
  const parsed = TargetsSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
    return { ok: false, message: `eval: floors ${file}: ${problems}` };
  }
  return { ok: true, targets: parsed.data };
}

async function main(): Promise<number> {
  const args = parseEvalArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.message);
    return EXIT_BAD_INPUT;
  }
  const loaded = await loadQuestions(args.file);
  if (!loaded.ok) {
    console.error(loaded.message);
    return EXIT_BAD_INPUT;
  }
  const floors = args.floors === undefined ? null : await loadFloors(args.floors);
  if (floors && !floors.ok) {
    console.error(floors.message);
    return EXIT_BAD_INPUT;
  }
  const targets = floors?.ok ? floors.targets : PRODUCT_TARGETS;
  // Loaded only once the input is known good: a usage or file error stays instant and
  // never depends on the index code.
  const { openEngine } = await import("./open-engine.js");
  const opened = await openEngine();
  if (!opened.ok) {
    console.error(opened.message);
    return EXIT_BELOW_TARGET;
  }

  const { engine } = opened;
  const scores = loaded.questions.map((question) => scoreQuestion(question, engine.ask(question.question)));
  const report = summariseScores(loaded.questions, scores);
  const failures = checkTargets(report.overall, targets);

  if (args.json) {
    console.log(JSON.stringify({ file: args.file, ...report, targets, check: { passed: failures.length === 0, failures }, items: scores }));
  } else {
    console.log(`${args.file}: ${loaded.questions.length} questions\n`);
    console.log(formatEvalReport(report, args.check ? failures : undefined, floors ? "floor" : "target"));
  }
  return args.check && failures.length > 0 ? EXIT_BELOW_TARGET : 0;
}

process.exitCode = await main();
