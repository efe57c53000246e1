import type { App, RespondFn } from "@slack/bolt";
import { renderHelpMessage, renderNoticeMessage, renderSourcesMessage, type Request, type SlackMessage } from "../../render/slack-blocks.js";
import { commandHelp } from "../command-help.js";
import { SLASH_COMMANDS } from "../constants.js";
import { rateLimitedMessage, type ListenerDeps } from "../listener-deps.js";
import { questionFromSlackText } from "../question-text.js";

/**
 * Slash commands. Each acks at once (Slack allows 3 s), then answers through `respond`
 * (the command's response_url), ephemeral so only the caller sees it until they share it.
 */
export { registerCommands };

/** Commands that take an argument and run the engine, with the usage shown when it is missing. */
const LOOKUPS: ReadonlyArray<{ command: string; kind: Request["c"]; usage: string | null }> = [
  { command: SLASH_COMMANDS.ask, kind: "ask", usage: `Usage: ${SLASH_COMMANDS.ask} what do integrated care boards do?` },
  { command: SLASH_COMMANDS.body, kind: "body", usage: `Usage: ${SLASH_COMMANDS.body} NHS England` },
  { command: SLASH_COMMANDS.figure, kind: "figure", usage: `Usage: ${SLASH_COMMANDS.figure} health budget` },
  // An empty argument lists the recommendations of every source.
  { command: SLASH_COMMANDS.recommendations, kind: "recommendations", usage: null },
];

function registerCommands(app: App, deps: ListenerDeps): void {
  for (const lookup of LOOKUPS) {
    app.command(lookup.command, async ({ ack, command, respond }) => {
      await ack();
      const text = questionFromSlackText(command.text);
      // "/ask help" is how people look for a command's help in Slack; no document answers it.
      if (text.toLowerCase() === "help") return reply(deps, respond, renderHelpMessage(commandHelp()));
      if (text === "" && lookup.usage !== null) return reply(deps, respond, renderNoticeMessage(lookup.usage));
      const decision = deps.limiter.take(command.user_id);
      if (!decision.ok) return reply(deps, respond, rateLimitedMessage(decision));
      const message = await deps.composeReply({ c: lookup.kind, q: text }, { restate: true, shareable: true, page: "answer" });
      await reply(deps, respond, message);
    });
  }

  app.command(SLASH_COMMANDS.sources, async ({ ack, respond }) => {
    await ack();
    await reply(deps, respond, safely(deps, () => renderSourcesMessage(deps.engine.sources())));
  });

  app.command(SLASH_COMMANDS.help, async ({ ack, respond }) => {
    await ack();
    await reply(deps, respond, renderHelpMessage(commandHelp()));
  });
}

function safely(deps: ListenerDeps, build: () => SlackMessage): SlackMessage {
  try {
    return build();
  } catch (error) {
    deps.log.error("slack: listing sources failed", error instanceof Error ? error.message : String(error));
    return renderNoticeMessage("Sorry, I couldn't list the sources just now. Please try again in a moment.");
  }
}

async function reply(deps: ListenerDeps, respond: RespondFn, message: SlackMessage): Promise<void> {
  try {
    await respond({ response_type: "ephemeral", text: message.text, blocks: message.blocks });
  } catch (error) {
    deps.log.error("slack: responding to a command failed", error instanceof Error ? error.message : String(error));
  }
}
