import type { App, types, webApi } from "@slack/bolt";
import { renderHomeView, renderNoticeMessage, type SlackMessage } from "../../render/slack-blocks.js";
import { commandHelp } from "../command-help.js";
import { errorText } from "../bolt-logger.js";
import { postInConversation, rateLimitedMessage, type ListenerDeps } from "../listener-deps.js";
import { MAX_QUESTION_CHARS, questionFromSlackText } from "../question-text.js";

/** Mentions, direct messages and the App Home tab. */
export { registerEvents };

interface IncomingQuestion {
  eventId: string | undefined;
  channel: string;
  user: string;
  ts: string;
  /**
   * Where the answer goes: a thread (`thread_ts`), or the conversation itself when undefined.
   * A mention opens a thread under the message (or stays in the one it was asked in); a DM is
   * already a private conversation, so it is answered in place unless asked inside a thread.
   */
  replyThreadTs: string | undefined;
  text: string;
}

const EMPTY_QUESTION = "Ask me a question about the policy documents, for example: what do integrated care boards do?";

function registerEvents(app: App, deps: ListenerDeps): void {
  app.event("app_mention", async ({ event, body, client }) => {
    if (event.bot_id !== undefined || event.subtype === "bot_message" || event.user === undefined) return;
    await answerQuestion(deps, client, {
      eventId: body.event_id,
      channel: event.channel,
      user: event.user,
      ts: event.ts,
      replyThreadTs: event.thread_ts ?? event.ts,
      text: event.text,
    });
  });

  app.event("message", async ({ event, body, client }) => {
    if (event.channel_type !== "im" || !isUserQuestion(event)) return;
    await answerQuestion(deps, client, {
      eventId: body.event_id,
      channel: event.channel,
      user: event.user,
      ts: event.ts,
      replyThreadTs: event.thread_ts,
      text: event.text ?? "",
    });
  });

  app.event("app_home_opened", async ({ event, body, client }) => {
    if (event.tab !== "home" || !deps.seen.claim(`event:${body.event_id}`, true)) return;
    try {
      const view = renderHomeView({ sources: deps.engine.sources(), factCounts: deps.engine.factCounts(), commands: commandHelp() });
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      deps.log.error("slack: publishing App Home failed", errorText(error));
    }
  });
}

/**
 * A DM a person wrote: plain, with a file attached (`file_share`), or a thread reply also sent to
 * the conversation (`thread_broadcast`). Edits, deletions, joins and bot posts, ours included,
 * carry another subtype or a `bot_id`.
 */
function isUserQuestion(
  event: types.AllMessageEvents,
): event is types.GenericMessageEvent | types.FileShareMessageEvent | types.ThreadBroadcastMessageEvent {
  const written = event.subtype === undefined || event.subtype === "file_share" || event.subtype === "thread_broadcast";
  return written && !("bot_id" in event && event.bot_id !== undefined);
}

async function answerQuestion(deps: ListenerDeps, client: webApi.WebClient, incoming: IncomingQuestion): Promise<void> {
  // Both an event retry (same event_id) and a mention seen as app_mention and message (same ts) stop here.
  if (incoming.eventId !== undefined && !deps.seen.claim(`event:${incoming.eventId}`, true)) return;
  if (!deps.seen.claim(`message:${incoming.channel}:${incoming.ts}`, true)) return;

  // An event has no response_url: when posting fails there is no other way to reach the asker.
  const post = async (message: SlackMessage): Promise<void> => {
    await postInConversation(client, deps.log, { channel: incoming.channel, threadTs: incoming.replyThreadTs }, message, "slack: posting an answer failed");
  };

  const question = questionFromSlackText(incoming.text);
  if (question === "") return post(renderNoticeMessage(EMPTY_QUESTION));
  const decision = deps.limiter.take(incoming.user);
  if (!decision.ok) return post(rateLimitedMessage(decision));

  // A DM answered in place is one running conversation: its earlier question is the context.
  const threadKey = `${incoming.channel}:${incoming.replyThreadTs ?? ""}`;
  const previous = deps.threads.get(threadKey);
  // A question refused as too long is not the context of the next one.
  if (question.length <= MAX_QUESTION_CHARS) deps.threads.set(threadKey, question);
  const message = await deps.composeReply(
    { c: "ask", q: question, ...(previous === undefined ? {} : { p: previous }) },
    { restate: false, shareable: false, page: "answer" },
  );
  await post(message);
}
