import { z } from "zod";

/**
 * The Slack bot's settings, read once from the environment by `parseSlackConfig`.
 * Variable names follow Slack's own docs (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN).
 */
export { parseSlackConfig, SLACK_VARIABLES, type SlackConfig, type SlackConfigResult };

interface SlackConfig {
  botToken: string;
  /** Required in HTTP mode; Socket Mode does not sign requests. */
  signingSecret: string | null;
  /** Set → Socket Mode. */
  appToken: string | null;
  port: number;
  /** Interface the HTTP receiver binds; null = all interfaces. */
  host: string | null;
  /** Web API base URL ending in "/", or null for Slack's own. */
  apiUrl: string | null;
  /** Web API retries; null keeps the client's default (about ten over thirty minutes). */
  apiRetries: number | null;
  rateLimit: { burst: number; perMinute: number };
  feedbackDir: string;
}

type SlackConfigResult = { ok: true; config: SlackConfig | null } | { ok: false; errors: string[] };

/** The variables whose presence switches the app from terminal chat to Slack. */
const SLACK_VARIABLES = ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"] as const;

const DEFAULT_PORT = 3000;
const DEFAULT_FEEDBACK_DIR = "feedback";

/** Blank values count as unset, so a copied .env.example with empty lines means "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const intIn = (min: number, max: number, what: string) =>
  z.coerce.number({ error: `must be ${what}` }).int({ error: `must be ${what}` }).min(min, { error: `must be ${what}` }).max(max, { error: `must be ${what}` });

// Messages never include the received value: a misplaced secret must not reach a log.
const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, { error: "must be a bot token starting with xoxb-" })),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^\S+$/, { error: "must not contain spaces" })),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, { error: "must be an app-level token starting with xapp-" })),
  PORT: optional(intIn(0, 65535, "a port number from 0 to 65535")),
  HOST: optional(z.string()),
  SLACK_API_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  SLACK_API_RETRIES: optional(intIn(0, 10, "a whole number from 0 to 10")),
  SLACK_RATE_LIMIT_BURST: optional(intIn(1, 1000, "a whole number from 1 to 1000")),
  SLACK_RATE_LIMIT_PER_MINUTE: optional(intIn(1, 6000, "a whole number from 1 to 6000")),
  SLACK_FEEDBACK_DIR: optional(z.string()),
});

/**
 * Reads the Slack settings. `config: null` means no Slack variable is set at all (run the terminal
 * chat instead); otherwise every missing or malformed variable is reported at once.
 *
 * @example parseSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }) // { ok: true, config: {...} }
 */
function parseSlackConfig(env: NodeJS.ProcessEnv): SlackConfigResult {
  const anySet = SLACK_VARIABLES.some((name) => (env[name] ?? "").trim() !== "");
  if (!anySet) return { ok: true, config: null };

  const parsed = EnvSchema.safeParse(env);
  const errors = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `config: ${String(issue.path[0] ?? "environment")} ${issue.message}`);
  const vars = parsed.success ? parsed.data : null;
  if (vars !== null) {
    if (vars.SLACK_BOT_TOKEN === undefined) errors.push("config: SLACK_BOT_TOKEN is required to run the Slack bot");
    if (vars.SLACK_APP_TOKEN === undefined && vars.SLACK_SIGNING_SECRET === undefined) {
      errors.push("config: SLACK_SIGNING_SECRET is required in HTTP mode (set SLACK_APP_TOKEN for Socket Mode instead)");
    }
  }
  if (errors.length > 0 || vars === null || vars.SLACK_BOT_TOKEN === undefined) return { ok: false, errors };

  const apiUrl = vars.SLACK_API_URL === undefined ? null : vars.SLACK_API_URL.replace(/\/*$/, "/");
  return {
    ok: true,
    config: {
      botToken: vars.SLACK_BOT_TOKEN,
      signingSecret: vars.SLACK_SIGNING_SECRET ?? null,
      appToken: vars.SLACK_APP_TOKEN ?? null,
      port: vars.PORT ?? DEFAULT_PORT,
      host: vars.HOST ?? null,
      apiUrl,
      // A stand-in on this machine answers at once or not at all: retrying only slows tests down.
      apiRetries: vars.SLACK_API_RETRIES ?? (apiUrl !== null && isLoopback(apiUrl) ? 0 : null),
      rateLimit: { burst: vars.SLACK_RATE_LIMIT_BURST ?? 5, perMinute: vars.SLACK_RATE_LIMIT_PER_MINUTE ?? 10 },
      feedbackDir: vars.SLACK_FEEDBACK_DIR ?? DEFAULT_FEEDBACK_DIR,
    },
  };
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "[::1]" || /^127\./.test(host);
}
