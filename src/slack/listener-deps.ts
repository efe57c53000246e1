import type { webApi } from "@slack/bolt";
import type { Engine } from "../engine/engine.js";
import { renderNoticeMessage, type SlackMessage } from "../render/slack-blocks.js";
import { errorText, type BotLog } from "./bolt-logger.js";
import type { BoundedCache } from "./bounded-cache.js";
import type { ComposeReply } from "./compose-reply.js";
import type { FeedbackStore } from "./feedback-store.js";
import type { RateDecision, RateLimiter } from "./rate-limiter.js";

/** What every listener needs; built once by createSlackApp and passed in, so tests can swap parts. */
export { rateLimitedMessage, postInConversation, type ListenerDeps };

interface ListenerDeps {
  engine: Engine;
  composeReply: ComposeReply;
  limiter: RateLimiter;
  feedback: FeedbackStore;
  /** Event ids and message keys already handled: retries and double deliveries stop here. */
  seen: BoundedCache<true>;
  /** Last question per conversation (`channel:thread_ts`, or `channel:` for a DM answered in place), for follow-ups. */
  threads: BoundedCache<string>;
  now: () => number;
  log: BotLog;
}

function rateLimitedMessage(decision: Extract<RateDecision, { ok: false }>): SlackMessage {
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  return renderNoticeMessage(`You're asking faster than I can keep up. Please try again in ${seconds} seconds.`);
}

type PostResult = { ok: true } | { ok: false; error: string };

/**
 * Slack refuses a message whose blocks break a limit the builder missed; the message's `text`
 * (the notification fallback, escaped and short) still carries the lead, so it is posted alone.
 */
const BLOCKS_REFUSED: ReadonlySet<string> = new Set(["invalid_blocks", "invalid_blocks_format", "msg_too_long", "msg_blocks_too_long"]);

/**
 * Posts a message in a channel or DM, in a thread when `threadTs` is given, without link
 * previews; posted again as text alone when Slack refuses its blocks. A failure is logged and
 * returned with Slack's error code ("not_in_channel"), never thrown: the request was
 * acknowledged long before.
 */
async function postInConversation(
  client: webApi.WebClient,
  log: BotLog,
  where: { channel: string; threadTs: string | undefined },
  message: SlackMessage,
  failure: string,
): Promise<PostResult> {
  const post = async (blocks: SlackMessage["blocks"] | undefined): Promise<PostResult> => {
    try {
      await client.chat.postMessage({
        channel: where.channel,
        ...(where.threadTs === undefined ? {} : { thread_ts: where.threadTs }),
        text: message.text,
        ...(blocks === undefined ? {} : { blocks }),
        unfurl_links: false,
        unfurl_media: false,
      });
      return { ok: true };
    } catch (error) {
      log.error(failure, errorText(error));
      return { ok: false, error: slackErrorCode(error) ?? "request_failed" };
    }
  };
  const posted = await post(message.blocks);
  return posted.ok || !BLOCKS_REFUSED.has(posted.error) ? posted : post(undefined);
}

/** The `error` of a call Slack answered with `ok: false`, as the Web API client reports it. */
function slackErrorCode(error: unknown): string | null {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === "string" ? data.error : null;
}
