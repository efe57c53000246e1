import type { CommandHelp } from "../render/slack-blocks.js";
import { COMMAND_HELP, SLASH_COMMANDS, type SlashCommandName } from "./constants.js";

/** The command list shown by the help command and on App Home. */
export { commandHelp };

function commandHelp(): CommandHelp[] {
  return (Object.keys(SLASH_COMMANDS) as SlashCommandName[]).map((name) => ({ command: SLASH_COMMANDS[name], ...COMMAND_HELP[name] }));
}
