import type { Server } from "node:http";
import { App, HTTPReceiver, webApi, type Authorize } from "@slack/bolt";
import type { SlackConfig } from "../config/slack-config.js";
import type { Engine } from "../engine/engine.js";
import { createBoltLogger, errorText, type BotLog } from "./bolt-logger.js";
import { createBoundedCache } from "./bounded-cache.js";
import { createComposeReply } from "./compose-reply.js";
import type { FeedbackStore } from "./feedback-store.js";
import type { ListenerDeps } from "./listener-deps.js";
import { registerActions } from "./listeners/actions.js";
import { registerCommands } from "./listeners/commands.js";
import { registerEvents } from "./listeners/events.js";
import type { RateLimiter } from "./rate-limiter.js";
import { createWorkQueue } from "./work-queue.js";

/**
 * Builds the Bolt app from its dependencies. HTTP mode uses Bolt's HTTPReceiver (signature and
 * timestamp checks included) with every Slack request at POST /slack/events and GET /healthz;
 * an app token selects Socket Mode instead.
 *
 * @example const bot = createSlackApp({ engine, config, feedback, now: Date.now, log: console, limiter }); await bot.start();
 */
export { createSlackApp, SLACK_EVENTS_PATH, HEALTH_PATH, type SlackAppDeps, type SlackBot, type RunningSlackBot };

const SLACK_EVENTS_PATH = "/slack/events";
const HEALTH_PATH = "/healthz";

/** Slack retries an unacknowledged event after minutes; remember ids a little longer than that. */
const SEEN_TTL_MS = 15 * 60_000;
const SEEN_MAX = 10_000;
const THREAD_TTL_MS = 24 * 60 * 60_000;
const THREAD_MAX = 5_000;
/** Well inside Slack's 3-second ack window. */
const AUTH_TEST_TIMEOUT_MS = 2_000;

interface SlackAppDeps {
  engine: Engine;
  config: SlackConfig;
  feedback: FeedbackStore;
  now: () => number;
  log: BotLog;
  limiter: RateLimiter;
}

interface RunningSlackBot {
  stop(): Promise<void>;
  /** The HTTP port actually bound (PORT=0 picks a free one); absent in Socket Mode. */
  port?: number;
}

interface SlackBot {
  app: App;
  /** "socket" when an app-level token is configured, else "http". */
  mode: "http" | "socket";
  start(): Promise<RunningSlackBot>;
}

function createSlackApp(deps: SlackAppDeps): SlackBot {
  const { config } = deps;
  const secrets = [config.botToken, config.signingSecret, config.appToken].filter((s): s is string => s !== null);
  const logger = createBoltLogger(deps.log, secrets);
  const clientOptions: webApi.WebClientOptions = {
    ...(config.apiUrl === null ? {} : { slackApiUrl: config.apiUrl }),
    ...(config.apiRetries === null ? {} : { retryConfig: { retries: config.apiRetries } }),
    logger,
  };
  const receiver =
    config.appToken === null
      ? new HTTPReceiver({
          signingSecret: config.signingSecret ?? "",
          endpoints: SLACK_EVENTS_PATH,
          // ack() sends the HTTP 200 at once; the answer is composed and posted after it.
          processBeforeResponse: false,
          logger,
          customRoutes: [
            {
              path: HEALTH_PATH,
              method: ["GET"],
              handler: (_req, res) => {
                res.writeHead(200, { "content-type": "application/json" });
                res.end('{"ok":true}');
              },
            },
          ],
        })
      : undefined;
  // Bolt authorizes before it acks, so auth.test must fail fast rather than retry for minutes.
  const identityClient = new webApi.WebClient(undefined, { ...clientOptions, retryConfig: { retries: 0 }, timeout: AUTH_TEST_TIMEOUT_MS });
  const identity = createCachedIdentity(identityClient, config.botToken);
  const app = new App({
    ...(receiver === undefined
      ? // The Socket Mode client opens its connection through apps.connections.open: same API base URL.
        { socketMode: true, appToken: config.appToken ?? "", installerOptions: { clientOptions } }
      : { receiver }),
    authorize: identity.authorize,
    clientOptions,
    logger,
    // Thread context lives in our own bounded cache; Bolt's conversation store is not needed.
    convoStore: false,
  });

  const listenerDeps: ListenerDeps = {
    engine: deps.engine,
    composeReply: createComposeReply({ engine: deps.engine, queue: createWorkQueue(), log: logger }),
    limiter: deps.limiter,
    feedback: deps.feedback,
    seen: createBoundedCache<true>({ maxEntries: SEEN_MAX, ttlMs: SEEN_TTL_MS, now: deps.now }),
    threads: createBoundedCache<string>({ maxEntries: THREAD_MAX, ttlMs: THREAD_TTL_MS, now: deps.now }),
    now: deps.now,
    log: logger,
  };
  registerEvents(app, listenerDeps);
  registerCommands(app, listenerDeps);
  registerActions(app, listenerDeps);
  app.error(async (error) => {
    logger.error("slack: unhandled error", error.code, error.message);
  });

  return {
    app,
    mode: receiver === undefined ? "socket" : "http",
    async start() {
      // Learn the bot's identity now rather than inside the first user's request; a failure is
      // logged and retried on that request.
      identity.prefetch().catch((error: unknown) => logger.warn("slack: auth.test failed at start-up; will retry", errorText(error)));
      if (receiver === undefined) {
        await app.start();
        logger.info("connected in Socket Mode");
        return { stop: async () => void (await app.stop()) };
      }
      const server: Server = await app.start({ port: config.port, ...(config.host === null ? {} : { host: config.host }) });
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : config.port;
      logger.info(`listening on port ${port}: POST ${SLACK_EVENTS_PATH}, GET ${HEALTH_PATH}`);
      return { stop: async () => void (await app.stop()), port };
    },
  };
}

/**
 * Single-workspace authorization that calls auth.test once and keeps the result. Bolt's own
 * options either call auth.test in the constructor (start-up would need Slack) or, with
 * verification off, on every request. A failed call is retried on the next request.
 */
function createCachedIdentity(client: webApi.WebClient, botToken: string): { authorize: Authorize<boolean>; prefetch(): Promise<unknown> } {
  let identity: Promise<{ botId: string | undefined; botUserId: string | undefined }> | undefined;
  const load = async () => {
    identity ??= client.auth.test({ token: botToken }).then((result) => ({ botId: result.bot_id, botUserId: result.user_id }));
    try {
      return await identity;
    } catch (error) {
      identity = undefined;
      throw error;
    }
  };
  return {
    authorize: async () => ({ botToken, ...(await load()) }),
    prefetch: load,
  };
}
