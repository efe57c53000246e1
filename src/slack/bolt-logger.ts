import { format } from "node:util";
import { LogLevel, type Logger } from "@slack/bolt";

/**
 * The bot's logger, as handed in by the composition root, and its adapter to Bolt's `Logger`.
 * Every line goes through `redact`, so a token or the signing secret cannot reach a log even if
 * Bolt, the Web API client or an error message includes it.
 */
export { createBoltLogger, redactSecrets, errorText, type BotLog };

interface BotLog {
  debug(...message: unknown[]): void;
  info(...message: unknown[]): void;
  warn(...message: unknown[]): void;
  error(...message: unknown[]): void;
}

const TOKEN_PATTERN = /\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
const REDACTED = "[redacted]";

function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text.replace(TOKEN_PATTERN, `$1-${REDACTED}`);
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out;
}

const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

function createBoltLogger(log: BotLog, secrets: readonly string[], initialLevel: LogLevel = LogLevel.INFO): Logger {
  let level = initialLevel;
  let name = "slack";
  const emit = (at: LogLevel, sink: (line: string) => void, message: unknown[]) => {
    if (ORDER[at] < ORDER[level]) return;
    sink(redactSecrets(`${name}: ${format(...message)}`, secrets));
  };
  return {
    debug: (...m: unknown[]) => emit(LogLevel.DEBUG, (l) => log.debug(l), m),
    info: (...m: unknown[]) => emit(LogLevel.INFO, (l) => log.info(l), m),
    warn: (...m: unknown[]) => emit(LogLevel.WARN, (l) => log.warn(l), m),
    error: (...m: unknown[]) => emit(LogLevel.ERROR, (l) => log.error(l), m),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}

/** An error as one log line: its message, not its stack. */
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
