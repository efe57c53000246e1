import type { SlackConfig } from "../config/slack-config.js";
import type { Engine } from "../engine/engine.js";
import type { BotLog } from "./bolt-logger.js";
import { createSlackApp, type RunningSlackBot } from "./create-slack-app.js";
import { createFileFeedbackStore } from "./feedback-store.js";
import { createRateLimiter } from "./rate-limiter.js";

/** The Slack surface: the only folder that imports @slack/bolt. */
export { startSlackBot, type RunningSlackBot, type BotLog };
export { createSlackApp, SLACK_EVENTS_PATH, HEALTH_PATH, type SlackAppDeps, type SlackBot } from "./create-slack-app.js";
export { ACTION_IDS, BOT_EVENTS, SLASH_COMMANDS, COMMAND_HELP } from "./constants.js";
export { createFileFeedbackStore, FeedbackEntrySchema, FEEDBACK_FILE, type FeedbackEntry, type FeedbackStore } from "./feedback-store.js";
export { createRateLimiter, type RateLimiter } from "./rate-limiter.js";
export { redactSecrets } from "./bolt-logger.js";

/**
 * Starts the bot with the default parts: a feedback file under `config.feedbackDir`, the
 * configured rate limit and the system clock.
 *
 * @example const bot = await startSlackBot({ engine, config, log: console }); // … await bot.stop();
 */
async function startSlackBot(input: { engine: Engine; config: SlackConfig; log: BotLog | ((line: string) => void) }): Promise<RunningSlackBot> {
  const now = () => Date.now();
  return createSlackApp({
    engine: input.engine,
    config: input.config,
    log: typeof input.log === "function" ? lineLog(input.log) : input.log,
    now,
    feedback: createFileFeedbackStore(input.config.feedbackDir),
    limiter: createRateLimiter({ ...input.config.rateLimit, now }),
  }).start();
}

/** A one-function line logger (what the CLI passes) as a leveled one. */
function lineLog(write: (line: string) => void): BotLog {
  const at = (level: string) => (...message: unknown[]) => write(`${level}: ${message.map(String).join(" ")}`);
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
