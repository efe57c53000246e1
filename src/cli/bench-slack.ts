import { fork, type ChildProcess } from "node:child_process";
import { Agent, request as httpRequest } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Engine } from "../engine/engine.js";
import { createFileFeedbackStore, createRateLimiter, createSlackApp, SLACK_EVENTS_PATH, SLASH_COMMANDS } from "../slack/index.js";
import { signRequest, slashCommand, waitFor, type SignedPost } from "../../tests/slack/slack-requests.js";
import { createFakeEngine } from "../../tests/slack/fake-engine.js";
import { startSlackStandIn, type SlackStandIn } from "../../tests/slack/slack-stand-in.js";
import { openEngine } from "./open-engine.js";

/**
 * `npm run bench:slack`: the real engine behind the real Bolt HTTP receiver on 127.0.0.1, and
 * 500 signed /ask commands with 50 in flight. Slack's side (the load and the Web API /
 * response_url stand-in) runs in a child process, as Slack runs elsewhere: in one process the
 * load generator would compete with the bot for the event loop and measure itself.
 * A warm-up round (reported apart) first lets the JIT compile the request path and opens the
 * keep-alive connections, as in a bot that has been up for more than a few seconds; measured
 * without it, the first 50 requests (all arriving at once on cold code) dominate the p99.
 * Prints ack latency (what Slack's 3-second limit applies to) and answers delivered.
 *
 * @example npm run bench:slack                    # real engine over index/ (built if stale)
 * @example npm run bench:slack -- --fake-engine   # a canned engine: measures the Slack layer alone
 */

const TOTAL = 500;
const WARM_UP = 50;
const IN_FLIGHT = 50;
const DEADLINE_MS = 120_000;
const TARGET_P99_MS = 100;
const SECRET = "bench-signing-secret";
// Generic questions of each kind the bot answers; varied so no single path is measured.
const QUESTIONS = [
  "what is devolution?",
  "who commissions health services?",
  "how much money is involved?",
  "what do the reports recommend?",
  "what are the risks of devolution?",
  "how is social care funded?",
];
const USAGE = "Usage: npm run bench:slack [-- --fake-engine]";

type ToSlackSide = { type: "run"; url: string };
type FromSlackSide =
  | { type: "ready"; apiUrl: string }
  | { type: "done"; warmUp: RoundResult; measured: RoundResult };

interface RoundResult {
  latencies: number[];
  errors: number;
  ackedInMs: number;
  answered: number;
  /** From the first request to the last answer posted. */
  totalMs: number;
}

/** A signed POST over a keep-alive agent: fetch costs enough CPU to make the load generator the bottleneck. */
function postSigned(agent: Agent, url: URL, post: SignedPost): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": post.contentType,
          "content-length": Buffer.byteLength(post.body),
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": signRequest(SECRET, timestamp, post.body),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(post.body);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Sends `count` commands with IN_FLIGHT at a time, then waits for every answer to be posted. */
async function runRound(slack: SlackStandIn, agent: Agent, target: URL, round: string, count: number): Promise<RoundResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const answeredBefore = slack.callsTo("response").length;
  const started = Date.now();
  const worker = async () => {
    while (next < count && Date.now() - started < DEADLINE_MS) {
      const i = next++;
      const request = slashCommand({
        command: SLASH_COMMANDS.ask,
        text: QUESTIONS[i % QUESTIONS.length] ?? "",
        user_id: `UBENCH${i % 97}`,
        response_url: slack.responseUrl(`${round}-${i}`),
      });
      const t0 = performance.now();
      try {
        const status = await postSigned(agent, target, request);
        latencies.push(performance.now() - t0);
        if (status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const ackedInMs = Date.now() - started;
  const answeredSoFar = () => slack.callsTo("response").length - answeredBefore;
  const answered = await waitFor(() => (answeredSoFar() >= latencies.length ? answeredSoFar() : undefined), DEADLINE_MS, "all answers").catch(answeredSoFar);
  return { latencies, errors, ackedInMs, answered, totalMs: Date.now() - started };
}

/** Child process: Slack's side. */
async function runSlackSide(): Promise<void> {
  const slack = await startSlackStandIn();
  const send = (message: FromSlackSide) => process.send?.(message);
  process.on("message", (message: ToSlackSide) => {
    void (async () => {
      const target = new URL(message.url);
      // One keep-alive pool for both rounds: the measured round starts on open connections.
      const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
      const warmUp = await runRound(slack, agent, target, "warm-up", WARM_UP);
      const measured = await runRound(slack, agent, target, "measured", TOTAL);
      agent.destroy();
      send({ type: "done", warmUp, measured });
      await slack.close();
      process.disconnect?.();
    })();
  });
  send({ type: "ready", apiUrl: slack.apiUrl });
}

function next(child: ChildProcess): Promise<FromSlackSide> {
  return new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m as FromSlackSide));
    child.once("exit", (code) => reject(new Error(`bench:slack: load process exited (${code})`)));
  });
}

/** Parent process: the bot. */
async function runBot(useFakeEngine: boolean): Promise<number> {
  let engine: Engine;
  if (useFakeEngine) engine = createFakeEngine();
  else {
    const opened = await openEngine();
    if (!opened.ok) {
      console.error(`bench:slack: ${opened.message}`);
      return 1;
    }
    engine = opened.engine;
  }
  const child = fork(fileURLToPath(import.meta.url), ["--slack-side"], { execArgv: process.execArgv });
  const ready = await next(child);
  if (ready.type !== "ready") throw new Error("bench:slack: unexpected message from the load process");
  const feedbackDir = await mkdtemp(join(tmpdir(), "bench-slack-"));
  const now = () => Date.now();
  const quiet = () => undefined;
  const rateLimit = { burst: TOTAL + WARM_UP, perMinute: 60_000 };
  const bot = await createSlackApp({
    engine,
    config: { botToken: "xoxb-bench", signingSecret: SECRET, appToken: null, port: 0, host: "127.0.0.1", apiUrl: ready.apiUrl, apiRetries: 0, rateLimit, feedbackDir },
    feedback: createFileFeedbackStore(feedbackDir),
    now,
    log: { debug: quiet, info: quiet, warn: quiet, error: (...m: unknown[]) => console.error(...m) },
    limiter: createRateLimiter({ ...rateLimit, now }),
  }).start();
  const done = next(child);
  child.send({ type: "run", url: `http://127.0.0.1:${bot.port}${SLACK_EVENTS_PATH}` } satisfies ToSlackSide);
  const result = await done;
  await bot.stop();
  await rm(feedbackDir, { recursive: true, force: true });
  if (result.type !== "done") throw new Error("bench:slack: unexpected message from the load process");

  const { warmUp, measured } = result;
  const sorted = [...measured.latencies].sort((a, b) => a - b);
  const warmSorted = [...warmUp.latencies].sort((a, b) => a - b);
  const p99 = percentile(sorted, 99);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const rows: Array<[string, string]> = [
    ["engine", useFakeEngine ? "fake (--fake-engine)" : "real, over index/"],
    ["warm-up", `${warmSorted.length} of ${WARM_UP}: median ${ms(percentile(warmSorted, 50))}, max ${ms(warmSorted.at(-1) ?? Number.NaN)}, errors ${warmUp.errors} (not counted below)`],
    ["requests", `${sorted.length} of ${TOTAL} (${IN_FLIGHT} in flight)`],
    ["ack median", ms(percentile(sorted, 50))],
    ["ack p99", `${ms(p99)} (target < ${TARGET_P99_MS} ms)`],
    ["ack max", ms(sorted.at(-1) ?? Number.NaN)],
    ["errors", String(measured.errors)],
    ["all acked in", `${measured.ackedInMs} ms`],
    ["answers posted", `${measured.answered} in ${measured.totalMs} ms`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
  const ok = measured.errors === 0 && p99 < TARGET_P99_MS && sorted.length === TOTAL && measured.answered === TOTAL;
  return ok ? 0 : 1;
}

function parseBenchArgs(argv: string[]): { role: "bot"; fakeEngine: boolean } | { role: "slack-side" } | { role: "usage"; message: string } {
  try {
    const { values } = parseArgs({ args: argv, options: { "fake-engine": { type: "boolean" }, "slack-side": { type: "boolean" } }, strict: true });
    return values["slack-side"] === true ? { role: "slack-side" } : { role: "bot", fakeEngine: values["fake-engine"] === true };
  } catch (error) {
    return { role: "usage", message: `${error instanceof Error ? error.message : String(error)}\n${USAGE}` };
  }
}

const args = parseBenchArgs(process.argv.slice(2));
if (args.role === "slack-side") await runSlackSide();
else if (args.role === "usage") {
  console.error(args.message);
  process.exit(2);
} else process.exit(await runBot(args.fakeEngine));
