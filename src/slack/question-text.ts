/**
 * Turns the text of a Slack message or command into the question the engine sees: the bot's
 * own mention removed and Slack's entity escaping (`&amp;`, `&lt;`, `&gt;`) undone. Output
 * escaping happens again in the renderer.
 *
 * @example questionFromSlackText("<@U0BOT> what is an ICS?", "U0BOT") // "what is an ICS?"
 */
export { questionFromSlackText, MAX_QUESTION_CHARS };

/** Long enough for any real question; keeps button values far below Slack's 2,000 characters. */
const MAX_QUESTION_CHARS = 500;

function questionFromSlackText(text: string, botUserId: string | undefined): string {
  // Without a known bot id every user mention is dropped: better than quoting one back.
  const id = botUserId !== undefined && /^[UW][A-Z0-9]+$/.test(botUserId) ? botUserId : "[UW][A-Z0-9]+";
  return text
    .replace(new RegExp(`<@${id}(?:\\|[^>]*)?>`, "g"), " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
