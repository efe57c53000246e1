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

/**
 * Posts a message in a channel or DM, in a thread when `threadTs` is given, without link
 * previews. A failure is logged, never thrown: the request was acknowledged long before.
 */
async function postInConversation(
  client: webApi.WebClient,
  log: BotLog,
  where: { channel: string; threadTs: string | undefined },
  message: SlackMessage,
  failure: string,
): Promise<void> {
  try {
    await client.chat.postMessage({
      channel: where.channel,
      ...(where.threadTs === undefined ? {} : { thread_ts: where.threadTs }),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    log.error(failure, errorText(error));
  }
}
