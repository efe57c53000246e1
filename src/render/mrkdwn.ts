/**
 * Text that goes into Slack mrkdwn. Slack writes its control sequences with `<` and `>`
 * (`<!channel>`, `<@U123>`, `<https://x|label>`), so every untrusted string — corpus text, the
 * user's own question — passes through `escapeMrkdwn` before it is placed in a mrkdwn field.
 *
 * @example escapeMrkdwn("<!here> & co") // "&lt;!here&gt; &amp; co"
 */
export { escapeMrkdwn, truncateAtWord, fitMrkdwn, mrkdwnLink, ELLIPSIS };

const ELLIPSIS = "…";

/** Slack's documented escaping: exactly these three characters, `&` first. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Cuts `text` to at most `max` characters at a word boundary, ending with an ellipsis when cut.
 * Falls back to a hard cut when the only word is longer than `max`.
 */
function truncateAtWord(text: string, max: number): string {
  if (max < 1) return "";
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  if (room < 1) return ELLIPSIS.slice(0, max);
  const head = text.slice(0, room + 1);
  const lastSpace = head.search(/\s\S*$/);
  const cut = lastSpace > room / 2 ? head.slice(0, lastSpace) : head.slice(0, room);
  return cut.trimEnd() + ELLIPSIS;
}

/**
 * Escapes `raw` and keeps the escaped result within `max` characters. Truncation happens on the
 * raw text so an entity such as `&amp;` is never cut in half.
 */
function fitMrkdwn(raw: string, max: number): string {
  let budget = max;
  for (;;) {
    const escaped = escapeMrkdwn(truncateAtWord(raw, budget));
    if (escaped.length <= max || budget <= 1) return escaped.length <= max ? escaped : "";
    budget -= Math.max(1, escaped.length - max);
  }
}

/**
 * A mrkdwn link to an http(s) URL, or the plain escaped label when the URL is missing or not
 * http(s): a `|` or `>` inside the URL would otherwise end the link early and forge another.
 */
function mrkdwnLink(url: string | null, label: string): string {
  const text = escapeMrkdwn(label).replace(/\|/g, "¦");
  if (url === null || !/^https?:\/\/[^\s]+$/i.test(url)) return text;
  const safeUrl = escapeMrkdwn(url).replace(/\|/g, "%7C");
  return `<${safeUrl}|${text}>`;
}
