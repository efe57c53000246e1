import "dotenv/config";
import { parseSlackConfig } from "../config/slack-config.js";
import { redactSecrets, startSlackBot } from "../slack/index.js";
import { openEngine } from "./open-engine.js";
import { runTerminalChat } from "./terminal-chat.js";
import { wantsColor } from "./terminal-style.js";

/**
 * `npm start`: the Slack bot when Slack variables are set (in the environment or .env),
 * otherwise the terminal chat. Configuration problems stop start-up with one message.
 */
const slack = parseSlackConfig(process.env);
if (!slack.ok) {
  console.error(`Cannot start: ${slack.errors.join("; ")}\nSee .env.example for every variable.`);
  process.exit(1);
}
const opened = await openEngine();
if (!opened.ok) {
  console.error(opened.message);
  process.exit(1);
}
if (slack.config === null) {
  await runTerminalChat(opened.engine, { input: process.stdin, output: process.stdout, style: { color: wantsColor(process.stdout) } });
} else {
  const log = (line: string): void => console.log(line);
  const { config } = slack;
  const bot = await startSlackBot({ engine: opened.engine, config, log }).catch((error: unknown) => {
    // A port in use or a refused Socket Mode connection: one line, no stack, no secret.
    const secrets = [config.botToken, config.signingSecret, config.appToken].filter((s): s is string => s !== null);
    console.error(`Cannot start the Slack bot: ${redactSecrets(error instanceof Error ? error.message : String(error), secrets)}`);
    process.exit(1);
  });
  const stop = async (): Promise<void> => {
    await bot.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
