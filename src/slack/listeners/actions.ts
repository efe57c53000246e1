import type { App, BlockAction, BlockElementAction, ButtonAction, RespondFn, SlackActionMiddlewareArgs, AllMiddlewareArgs } from "@slack/bolt";
import { ButtonValueSchema, renderNoticeMessage, renderSharedMessage, type ButtonValue, type SlackMessage } from "../../render/slack-blocks.js";
import { ACTION_IDS } from "../constants.js";
import { errorText } from "../bolt-logger.js";
import { postInConversation, rateLimitedMessage, type ListenerDeps } from "../listener-deps.js";

/** The buttons under an answer: more passages, share in channel, helpful / not helpful. */
export { registerActions };

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(Object.values(ACTION_IDS));
const STALE_BUTTON = "That button no longer works: it comes from an older answer. Please ask your question again.";

function registerActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.morePassages, async (args) => {
    await args.ack();
    const value = parseValue(deps, args);
    if (value === null) return explainStaleButton(deps, args.respond);
    const decision = deps.limiter.take(args.body.user.id);
    const inThread = args.body.container["is_ephemeral"] !== true && args.body.channel !== undefined && args.body.message !== undefined;
    const message = decision.ok
      ? await deps.composeReply(value.r, { restate: false, shareable: !inThread, page: "more" })
      : rateLimitedMessage(decision);
    if (!inThread) return respondWith(deps, args.respond, message, "ephemeral");
    const channel = args.body.channel?.id ?? "";
    const threadTs = replyThreadOf(channel, args.body.message);
    const posted = await postInConversation(args.client, deps.log, { channel, threadTs }, message, "slack: posting more passages failed");
    // The thread is out of reach (the bot removed from the channel since it answered, say): the
    // clicker still gets the passages, privately.
    if (!posted.ok) await respondWith(deps, args.respond, message, "ephemeral");
  });

  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, async (args) => {
    await args.ack();
    const value = parseValue(deps, args);
    if (value === null) return explainStaleButton(deps, args.respond);
    // Sharing runs the question again (an ephemeral answer cannot be read back), so it counts.
    const decision = deps.limiter.take(args.body.user.id);
    if (!decision.ok) return respondWith(deps, args.respond, rateLimitedMessage(decision), "ephemeral");
    const message = await deps.composeReply(value.r, { restate: true, shareable: false, page: value.r.o === undefined ? "answer" : "more" });
    await respondWith(deps, args.respond, renderSharedMessage(message, args.body.user.id), "in_channel");
  });

  // A button no listener here knows (a message from an older version of the bot) is acknowledged
  // all the same: unacknowledged, Slack would mark it failed after 3 seconds and say nothing useful.
  app.action<BlockAction<BlockElementAction>>({ type: "block_actions" }, async ({ action, ack, respond }) => {
    if (KNOWN_ACTIONS.has(action.action_id)) return;
    await ack();
    deps.log.warn("slack: ignoring a button with an unknown action id", action.action_id);
    await explainStaleButton(deps, respond);
  });

  for (const [actionId, rating] of [
    [ACTION_IDS.helpful, "helpful"],
    [ACTION_IDS.notHelpful, "not_helpful"],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async (args) => {
      await args.ack();
      const value = parseValue(deps, args);
      if (value === null) return explainStaleButton(deps, args.respond);
      const result = await deps.feedback.record({
        at: new Date(deps.now()).toISOString(),
        rating,
        user: args.body.user.id,
        channel: args.body.channel?.id ?? null,
        command: value.r.c,
        question: value.r.q,
        answerPassageId: value.a,
        passageIds: value.ids,
      });
      if (!result.ok) deps.log.error("slack: recording feedback failed", result.error.code, result.error.path);
      const note = result.ok ? "Thanks, your feedback was recorded." : "Sorry, I couldn't record your feedback just now.";
      await respondWith(deps, args.respond, renderNoticeMessage(note), "ephemeral");
    });
  }
}

/**
 * Where the next passages go: the thread the answer is in, a new thread under an answer in a
 * channel, or straight into a DM whose answer was posted in place (direct message ids start with D).
 */
function replyThreadOf(channel: string, message: Record<string, unknown> | undefined): string | undefined {
  const threadTs = message?.["thread_ts"];
  if (typeof threadTs === "string") return threadTs;
  const ts = message?.["ts"];
  return channel.startsWith("D") || typeof ts !== "string" ? undefined : ts;
}

/** Button values come back from Slack as text we wrote; anything else is logged, and the clicker told. */
function parseValue(deps: ListenerDeps, args: ButtonArgs): ButtonValue | null {
  const raw = args.action.value ?? "";
  try {
    const parsed = ButtonValueSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: fall through to the log line below.
  }
  deps.log.warn("slack: ignoring a button with an unreadable value", args.action.action_id);
  return null;
}

function explainStaleButton(deps: ListenerDeps, respond: RespondFn): Promise<void> {
  return respondWith(deps, respond, renderNoticeMessage(STALE_BUTTON), "ephemeral");
}

async function respondWith(deps: ListenerDeps, respond: RespondFn, message: SlackMessage, responseType: "ephemeral" | "in_channel"): Promise<void> {
  try {
    await respond({ response_type: responseType, replace_original: false, text: message.text, blocks: message.blocks });
  } catch (error) {
    deps.log.error("slack: responding to a button failed", errorText(error));
  }
}
