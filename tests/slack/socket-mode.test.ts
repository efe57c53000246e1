import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSlackConfig, type SlackConfig } from "../../src/config/slack-config.js";
import type { RunningSlackBot } from "../../src/slack/index.js";
import { createFakeEngine, type FakeEngine } from "./fake-engine.js";
import { createTestSlackApp } from "./harness.js";
import { waitFor } from "./slack-requests.js";
import { startSlackStandIn, BOT_USER_ID, type SlackStandIn } from "./slack-stand-in.js";
import { startSocketModeStandIn, type Envelope, type SocketModeStandIn } from "./socket-mode-stand-in.js";

/**
 * Socket Mode through Bolt's real SocketModeReceiver and Slack's WebSocket protocol, against
 * stand-ins on 127.0.0.1 (apps.connections.open, then a WebSocket). Not a live Slack test.
 */

const APP_TOKEN = "xapp-1-A0001-socketmodetesttoken";
const BOT_TOKEN = "xoxb-1111-2222-socketmodebottoken";

function eventEnvelope(envelopeId: string, eventId: string, event: Record<string, unknown>, retryAttempt = 0): Envelope {
  return {
    envelope_id: envelopeId,
    type: "events_api",
    accepts_response_payload: false,
    retry_attempt: retryAttempt,
    retry_reason: retryAttempt === 0 ? "" : "timeout",
    payload: {
      team_id: "T0001",
      api_app_id: "A0001",
      type: "event_callback",
      event_id: eventId,
      event_time: 1700000000,
      event,
      authorizations: [{ team_id: "T0001", user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    },
  };
}

describe("Socket Mode", () => {
  let socket: SocketModeStandIn;
  let slack: SlackStandIn;
  let engine: FakeEngine;
  let bot: RunningSlackBot;
  let feedbackDir: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    socket = await startSocketModeStandIn();
    slack = await startSlackStandIn({ socketUrl: socket.url });
    feedbackDir = await mkdtemp(join(tmpdir(), "slack-socket-"));
    const parsed = parseSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl, SLACK_FEEDBACK_DIR: feedbackDir });
    if (!parsed.ok || parsed.config === null) throw new Error("socket-mode test: config did not parse");
    const config: SlackConfig = parsed.config;
    engine = createFakeEngine();
    const created = createTestSlackApp(engine, config, () => Date.now(), logLines);
    expect(created.mode).toBe("socket");
    bot = await created.start();
    await socket.connected;
  });
  afterAll(async () => {
    await bot.stop();
    await socket.close();
    await slack.close();
    await rm(feedbackDir, { recursive: true, force: true });
  });

  it("opens the connection with the app token and serves no HTTP port", () => {
    const open = slack.callsTo("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(bot.port).toBeUndefined();
  });

  it("acknowledges a mention, answers it in a thread, and answers a redelivered envelope once", async () => {
    const event = { type: "app_mention", user: "U1", text: `<@${BOT_USER_ID}> what is an ICS?`, ts: "1700000001.000100", channel: "C1", event_ts: "1700000001.000100" };
    socket.push(eventEnvelope("env-1", "EvS1", event));
    const post = await waitFor(() => slack.callsTo("chat.postMessage")[0], 3000, "the answer");
    expect(post.args).toMatchObject({ channel: "C1", thread_ts: "1700000001.000100" });

    // Slack redelivers an envelope it thinks was not acknowledged: new envelope id, same event id.
    socket.push(eventEnvelope("env-2", "EvS1", event, 1));
    const marker = { type: "message", channel_type: "im", user: "U1", text: "marker", ts: "1700000002.000100", channel: "D1" };
    socket.push(eventEnvelope("env-3", "EvS2", marker));
    await waitFor(() => slack.callsTo("chat.postMessage")[1], 3000, "the marker answer");
    expect(slack.callsTo("chat.postMessage")).toHaveLength(2);
    expect(engine.askCalls.map((c) => c.question)).toEqual(["what is an ICS?", "marker"]);
    await waitFor(() => (socket.acks.length >= 3 ? true : undefined), 3000, "three acks");
    expect(socket.acks).toEqual(["env-1", "env-2", "env-3"]);
  });

  it("never logs the app token or the bot token", () => {
    const all = logLines.join("\n");
    expect(all).toContain("Socket Mode");
    expect(all).not.toContain(APP_TOKEN);
    expect(all).not.toContain(BOT_TOKEN);
  });
});
