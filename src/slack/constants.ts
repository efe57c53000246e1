import { ACTION_IDS, type CommandHelp } from "../render/slack-blocks.js";

/**
 * Everything the app registers with Slack, in one place: manifest.yml is tested against these
 * lists so the two can never drift.
 */
export { ACTION_IDS, BOT_EVENTS, SLASH_COMMANDS, COMMAND_HELP, type SlashCommandName };

const SLASH_COMMANDS = {
  ask: "/ask",
  body: "/body",
  figure: "/figure",
  recommendations: "/recommendations",
  sources: "/sources",
  help: "/qa-help",
} as const;
type SlashCommandName = keyof typeof SLASH_COMMANDS;

const BOT_EVENTS = ["app_mention", "message.im", "app_home_opened"] as const;

const COMMAND_HELP: Record<SlashCommandName, Omit<CommandHelp, "command">> = {
  ask: { usageHint: "[question]", description: "Ask a question about the policy documents" },
  body: { usageHint: "[name or acronym]", description: "What an organisation or statutory body does" },
  figure: { usageHint: "[what the figure measures]", description: "Look up a figure stated in the documents" },
  recommendations: { usageHint: "[source, optional]", description: "List recommendations, optionally of one source" },
  sources: { usageHint: "", description: "List the source documents" },
  help: { usageHint: "", description: "How to use this bot" },
};
