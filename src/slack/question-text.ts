/**
 * Turns the text of a Slack message or command into the question the engine sees. Slack's own
 * markup is read the way the user sees it, minus what is not part of a question: mentions of
 * people, channels and groups (`<@U123>`, `<#C123|general>`, `<!here>`) and emoji (`:wave:`)
 * are dropped, since a word the documents never use makes the engine abstain; a link reads as
 * its label (`<https://x|this report>` → "this report"); Slack's entity escaping (`&amp;`,
 * `&lt;`, `&gt;`) is undone last, so a `<` the user typed is never taken for markup. Output
 * escaping happens again in the renderer. A text with no letter or digit left asks nothing: "".
 *
 * @example questionFromSlackText("<@U0BOT> how many ICSs? cc <@U0ANN> :+1:") // "how many ICSs? cc"
 */
export { questionFromSlackText, MAX_QUESTION_CHARS };

/** Long enough for any real question; keeps button values far below Slack's 2,000 characters. */
const MAX_QUESTION_CHARS = 500;

/** `<@U…>` people, `<#C…>` channels, `<!here>`, `<!subteam^S…>` groups and other `<!…>` commands. */
const MENTION = /<[@#!][^<>]*>/g;
/** Every other `<…>` in Slack's text is a link: `<https://x|label>`, or `<https://x>` as typed. */
const LINK = /<([^<>|]*)(?:\|([^<>]*))?>/g;
/** Emoji as Slack writes them (`:wave:`, `:+1::skin-tone-2:`), not a time such as 10:30:00. */
const EMOJI_CODE = /(?<!\w):[a-z0-9_+'-]+:(?!\w)/g;
/** Emoji sent as characters, with their modifiers, joiners and flag halves. */
const EMOJI_CHAR = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0f\u20e3]/gu;

function questionFromSlackText(text: string): string {
  const question = text
    .replace(MENTION, " ")
    .replace(LINK, (_link, url: string, label: string | undefined) => (label === undefined || label === "" ? url : label))
    .replace(EMOJI_CODE, " ")
    .replace(EMOJI_CHAR, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return /[\p{L}\p{N}]/u.test(question) ? question : "";
}
