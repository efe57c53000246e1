import { createHmac } from "node:crypto";

/**
 * Requests exactly as Slack sends them: signed with the signing secret over
 * `v0:{timestamp}:{raw body}`, slash commands and actions form-encoded, events as JSON.
 */
export {
  signRequest,
  postToSlackApp,
  slashCommand,
  eventCallback,
  blockAction,
  waitFor,
  type SignedPost,
};

function signRequest(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

interface SignedPost {
  body: string;
  contentType: string;
}

async function postToSlackApp(
  url: string,
  request: SignedPost,
  options: { secret: string; timestamp?: number; signature?: string; retryNum?: number },
): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": request.contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": options.signature ?? signRequest(options.secret, timestamp, request.body),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  const response = await fetch(url, { method: "POST", headers, body: request.body });
  return { status: response.status, text: await response.text() };
}

function slashCommand(fields: { command: string; text: string; user_id: string; response_url: string; channel_id?: string }): SignedPost {
  const body = new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T0001",
    team_domain: "example",
    channel_id: fields.channel_id ?? "C0001",
    channel_name: "general",
    user_id: fields.user_id,
    user_name: "someone",
    command: fields.command,
    text: fields.text,
    api_app_id: "A0001",
    is_enterprise_install: "false",
    response_url: fields.response_url,
    trigger_id: "1.2.3",
  }).toString();
  return { body, contentType: "application/x-www-form-urlencoded" };
}

function eventCallback(eventId: string, event: Record<string, unknown>): SignedPost {
  const body = JSON.stringify({
    token: "legacy-verification-token",
    team_id: "T0001",
    api_app_id: "A0001",
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [{ team_id: "T0001", user_id: "UBOT0001", is_bot: true, is_enterprise_install: false }],
  });
  return { body, contentType: "application/json" };
}

function blockAction(fields: {
  actionId: string;
  value: string;
  user_id: string;
  response_url: string;
  channel_id?: string;
  message?: { ts: string; thread_ts?: string };
  ephemeral?: boolean;
}): SignedPost {
  const channel = fields.channel_id ?? "C0001";
  const payload = {
    type: "block_actions",
    user: { id: fields.user_id, username: "someone", team_id: "T0001" },
    api_app_id: "A0001",
    token: "legacy-verification-token",
    container:
      fields.ephemeral === false && fields.message !== undefined
        ? { type: "message", message_ts: fields.message.ts, channel_id: channel, is_ephemeral: false }
        : { type: "message", message_ts: "1700000000.000001", channel_id: channel, is_ephemeral: true },
    trigger_id: "1.2.3",
    team: { id: "T0001", domain: "example" },
    channel: { id: channel, name: "general" },
    ...(fields.message === undefined ? {} : { message: { type: "message", ...fields.message, text: "answer" } }),
    response_url: fields.response_url,
    actions: [{ type: "button", action_id: fields.actionId, block_id: "b1", value: fields.value, text: { type: "plain_text", text: "x" }, action_ts: "1700000001.000000" }],
  };
  return { body: `payload=${encodeURIComponent(JSON.stringify(payload))}`, contentType: "application/x-www-form-urlencoded" };
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
async function waitFor<T>(probe: () => T | undefined, timeoutMs = 3000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: ${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
