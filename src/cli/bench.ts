import { fork } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify as toYaml } from "yaml";
import { MAX_ANSWER_PASSAGES, type Answer } from "../answer/answer.js";
import {
  BenchJobSchema,
  BenchOutcomeSchema,
  baselineAnswer,
  createMiniSearch,
  createPlainFlexSearch,
  formatBenchTable,
  measureLatency,
  parseBenchArgs,
  scaleCorpus,
  type BenchJob,
  type BenchOutcome,
  type Hits,
} from "../bench/index.js";
import { parseCoreConfig } from "../config/core-config.js";
import { CURATED_FACTS_FILE, fingerprintCorpus, readCorpus, SOURCES_FILE } from "../corpus/index.js";
import { createEngine } from "../engine/index.js";
import { parseQuestionSet, scoreQuestion, type Question } from "../eval/index.js";
import { searchOptionsHash } from "../ingest/build-index.js";
import { ingestCorpus } from "../ingest/ingest-corpus.js";
import { loadIndex } from "../search/load-index.js";

/**
 * `npm run bench`: our pipeline, plain FlexSearch and MiniSearch on the same passages and
 * questions, on the real corpus and on copies of it scaled up. Each system at each scale
 * runs in a fresh child process, so heap and peak memory are its own and a run that
 * exceeds --timeout is stopped and reported without losing the rest of the table.
 * Run with --expose-gc (the npm script does) for retained-heap figures.
 */

const OWN_QUESTIONS = join("tests", "eval", "questions.json");
/** Questions asked untimed first, so the first timed ones do not pay for JIT compilation. */
const WARM_UP_QUESTIONS = 20;
/** The public sample, copied into the project so a bare clone has it. */
const SAMPLE_QUESTIONS = join("tests", "eval", "qa-sample.json");

type Loaded = { ok: true; sets: { file: string; questions: Question[] }[] } | { ok: false; message: string };

async function loadQuestionSets(files: readonly string[]): Promise<Loaded> {
  const sets: { file: string; questions: Question[] }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      return { ok: false, message: `bench: cannot read question file ${file}` };
    }
    const parsed = parseQuestionSet(text, file);
    if (!parsed.ok) return { ok: false, message: parsed.error.message };
    sets.push({ file, questions: parsed.questions });
  }
  return { ok: true, sets };
}

// ------------------------------------------------------------------ the measuring process

/** Heap plus array buffers (typed arrays of the engine live outside the V8 heap), after a full GC. */
function retainedBytes(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

const megabytes = (bytes: number) => bytes / (1024 * 1024);

async function measure(job: BenchJob): Promise<BenchOutcome> {
  const fail = (error: string): BenchOutcome => ({ ok: false, system: job.system, scale: job.scale, error });
  const loadedSets = await loadQuestionSets(job.questionFiles);
  if (!loadedSets.ok) return fail(loadedSets.message);
  const now = () => performance.now();

  let buildMs = 0;
  if (job.system === "ours") {
    const ingested = await ingestCorpus(job.corpusDir, job.indexDir);
    if (!ingested.ok) return fail(ingested.message);
    buildMs = ingested.summary.milliseconds;
  }
  const corpusHash = await fingerprintCorpus(job.corpusDir);
  if (corpusHash === null) return fail(`corpus folder ${job.corpusDir} cannot be read`);

  const before = retainedBytes();
  const loadStarted = now();
  const loaded = await loadIndex(job.indexDir, { corpusHash, optionsHash: searchOptionsHash() });
  if (!loaded.ok) return fail(loaded.error.message);
  const { passages, documents } = loaded.files;
  let answer: (question: string) => Answer;
  let loadMs: number | null = null;
  let heapBaseline = before;
  if (job.system === "ours") {
    const engine = createEngine(loaded.files);
    loadMs = now() - loadStarted;
    answer = (question) => engine.ask(question);
  } else {
    // The baselines get the passages for free: only building their index is theirs.
    heapBaseline = retainedBytes();
    const titles = new Map(documents.map((document) => [document.id, document.title]));
    const byId = new Map(documents.map((document) => [document.id, document]));
    const buildStarted = now();
    const baseline = job.system === "flexsearch" ? createPlainFlexSearch(passages, titles) : createMiniSearch(passages, titles);
    buildMs = now() - buildStarted;
    answer = (question) => baselineAnswer(question, baseline.search(question, MAX_ANSWER_PASSAGES), passages, byId);
  }
  const after = retainedBytes();

  const asked = loadedSets.sets.flatMap(({ file, questions }) => questions.map((question) => ({ set: basename(file), question })));
  for (const { question } of asked.slice(0, WARM_UP_QUESTIONS)) answer(question.question);
  // The first timed pass is also the scored one: at large scales a pass can take minutes.
  const hits = new Map<string, number>();
  const latency = measureLatency(
    answer,
    asked.map(({ question }) => question.question),
    { maxSamples: job.maxSamples, budgetMs: job.budgetMs, now },
    (result, index) => {
      const item = asked[index];
      if (item && item.question.kind !== "abstain" && scoreQuestion(item.question, result).hitAt1 === true) {
        hits.set(item.set, (hits.get(item.set) ?? 0) + 1);
      }
    },
  );
  const hitAt1: Hits[] = loadedSets.sets.map(({ file, questions }) => ({
    set: basename(file),
    hits: hits.get(basename(file)) ?? 0,
    answerable: questions.filter((question) => question.kind !== "abstain").length,
  }));

  return {
    ok: true,
    measurement: {
      system: job.system,
      scale: job.scale,
      documents: documents.length,
      passages: passages.length,
      buildMs,
      loadMs,
      hitAt1,
      latency,
      heapMb: after === null || heapBaseline === null ? null : megabytes(after - heapBaseline),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    },
  };
}

async function runMeasuringProcess(jobText: string): Promise<void> {
  const job = BenchJobSchema.parse(JSON.parse(jobText));
  let outcome: BenchOutcome;
  try {
    outcome = await measure(job);
  } catch (error) {
    outcome = { ok: false, system: job.system, scale: job.scale, error: error instanceof Error ? error.message : String(error) };
  }
  process.send?.(outcome);
  process.disconnect?.();
}

// ------------------------------------------------------------------ the coordinating process

function runJob(job: BenchJob, timeoutMs: number): Promise<BenchOutcome> {
  const failed = (error: string): BenchOutcome => ({ ok: false, system: job.system, scale: job.scale, error });
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ["--job", JSON.stringify(job)], { execArgv: process.execArgv });
    let outcome: BenchOutcome | null = null;
    const timer = setTimeout(() => {
      outcome ??= failed(`timed out after ${timeoutMs / 1000} s`);
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("message", (message) => {
      const parsed = BenchOutcomeSchema.safeParse(message);
      outcome ??= parsed.success ? parsed.data : failed("unreadable result from the measuring process");
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(outcome ?? failed(`measuring process exited (${signal ?? code})`));
    });
  });
}

/** Writes the corpus scaled `scale` times into `dir`: documents as .txt, their metadata in sources.yml. */
async function writeScaledCorpus(corpusDir: string, dir: string, scale: number): Promise<{ ok: true } | { ok: false; message: string }> {
  const read = await readCorpus(corpusDir);
  if (!read.ok) return { ok: false, message: read.error.message };
  const metaById = new Map(read.corpus.documents.map((document) => [document.meta.id, document.meta]));
  const originals = read.corpus.documents.map((document) => ({ id: document.meta.id, text: document.source }));
  await mkdir(dir, { recursive: true });
  const sources: object[] = [];
  for (const [position, copy] of scaleCorpus(originals, scale).entries()) {
    const original = originals[position % originals.length];
    const meta = original && metaById.get(original.id);
    if (!meta) continue;
    await writeFile(join(dir, `${copy.id}.txt`), copy.text, "utf8");
    sources.push({ ...meta, id: copy.id });
  }
  // Copies share their metadata arrays; written as aliases, thousands of them are refused on reading.
  await writeFile(join(dir, SOURCES_FILE), toYaml(sources, { aliasDuplicateObjects: false }), "utf8");
  if (read.corpus.curatedFacts !== null) await writeFile(join(dir, CURATED_FACTS_FILE), read.corpus.curatedFacts, "utf8");
  return { ok: true };
}

async function main(): Promise<number> {
  const parsedArgs = parseBenchArgs(process.argv.slice(2));
  if (!parsedArgs.ok) {
    console.error(parsedArgs.message);
    return 2;
  }
  const args = parsedArgs.args;
  const questionFiles = args.questionFiles ?? [OWN_QUESTIONS, ...(existsSync(SAMPLE_QUESTIONS) ? [SAMPLE_QUESTIONS] : [])];
  const sets = await loadQuestionSets(questionFiles);
  if (!sets.ok) {
    console.error(sets.message);
    return 2;
  }
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  if ((globalThis as { gc?: unknown }).gc === undefined) log("no --expose-gc: heap figures are left out");
  const config = parseCoreConfig(process.env);
  const workDir = await mkdtemp(join(tmpdir(), "bench-"));
  // A scaled corpus and its index take hundreds of MB: an interrupted run removes them too.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      rmSync(workDir, { recursive: true, force: true });
      process.exit(130);
    });
  }
  const outcomes: BenchOutcome[] = [];
  try {
    for (const scale of args.scales) {
      let corpusDir = config.corpusDir;
      if (scale > 1) {
        corpusDir = join(workDir, `corpus-${scale}`);
        log(`writing the corpus scaled ${scale}×…`);
        const written = await writeScaledCorpus(config.corpusDir, corpusDir, scale);
        if (!written.ok) {
          console.error(`bench: ${written.message}`);
          return 1;
        }
      }
      const indexDir = join(workDir, `index-${scale}`);
      for (const system of args.systems) {
        const ours = outcomes.find((o) => !o.ok && o.system === "ours" && o.scale === scale);
        if (ours) {
          outcomes.push({ ok: false, system, scale, error: "no index (ours failed)" });
          continue;
        }
        log(`${scale}× ${system}…`);
        const job = { system, scale, corpusDir, indexDir, questionFiles, maxSamples: args.maxSamples, budgetMs: args.budgetMs };
        const outcome = await runJob(job, args.timeoutMs);
        if (!outcome.ok) log(`${scale}× ${system}: ${outcome.error}`);
        outcomes.push(outcome);
      }
      await rm(join(workDir, `corpus-${scale}`), { recursive: true, force: true });
      await rm(indexDir, { recursive: true, force: true });
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  const setNames = sets.sets.map((set) => basename(set.file));
  const machine = `Node ${process.version}, ${availableParallelism()} cores, ${process.platform}/${process.arch}`;
  if (args.json) console.log(JSON.stringify({ machine, outcomes }));
  else console.log(`${machine}\n\n${formatBenchTable(outcomes, setNames)}`);
  return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
}

const jobAt = process.argv.indexOf("--job");
if (jobAt >= 0) await runMeasuringProcess(process.argv[jobAt + 1] ?? "");
else process.exitCode = await main();
