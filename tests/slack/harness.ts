import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SlackConfig } from "../../src/config/slack-config.js";
import type { Engine } from "../../src/engine/engine.js";
import { createFileFeedbackStore, createRateLimiter, createSlackApp, SLACK_EVENTS_PATH, type RunningSlackBot } from "../../src/slack/index.js";
import { startSlackStandIn, type SlackStandIn } from "./slack-stand-in.js";

/** The real Bolt app on 127.0.0.1 with a Slack API stand-in and a log that tests can read. */
export { startHarness, createTestSlackApp, SIGNING_SECRET, BOT_TOKEN, type Harness };

const SIGNING_SECRET = "test-signing-secret-0123456789abcdef";
const BOT_TOKEN = "xoxb-1111-2222-testbottokenvalue";

interface Harness {
  url: string;
  baseUrl: string;
  slack: SlackStandIn;
  logLines: string[];
  feedbackDir: string;
  /** Moves the injected clock forward. */
  advance(ms: number): void;
  stop(): Promise<void>;
}

/** The real Bolt app with real dependencies, its log lines collected for assertions. */
function createTestSlackApp(engine: Engine, config: SlackConfig, now: () => number, logLines: string[]): ReturnType<typeof createSlackApp> {
  const record = (level: string) => (...message: unknown[]) => void logLines.push(`${level} ${message.map(String).join(" ")}`);
  return createSlackApp({
    engine,
    config,
    feedback: createFileFeedbackStore(config.feedbackDir),
    now,
    log: { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") },
    limiter: createRateLimiter({ ...config.rateLimit, now }),
  });
}

async function startHarness(engine: Engine, options: { burst?: number; perMinute?: number } = {}): Promise<Harness> {
  const slack = await startSlackStandIn();
  const feedbackDir = await mkdtemp(join(tmpdir(), "slack-feedback-"));
  let clock = Date.parse("2025-01-01T00:00:00Z");
  const now = () => clock;
  const logLines: string[] = [];
  const config: SlackConfig = {
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    appToken: null,
    port: 0,
    host: "127.0.0.1",
    apiUrl: slack.apiUrl,
    apiRetries: 0,
    rateLimit: { burst: options.burst ?? 100, perMinute: options.perMinute ?? 600 },
    feedbackDir,
  };
  const bot: RunningSlackBot = await createTestSlackApp(engine, config, now, logLines).start();
  const baseUrl = `http://127.0.0.1:${bot.port}`;
  return {
    url: `${baseUrl}${SLACK_EVENTS_PATH}`,
    baseUrl,
    slack,
    logLines,
    feedbackDir,
    advance: (ms) => void (clock += ms),
    async stop() {
      await bot.stop();
      await slack.close();
      await rm(feedbackDir, { recursive: true, force: true });
    },
  };
}
