import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { LIMITS } from "../../src/render/slack-blocks.js";
import { ACTION_IDS, FEEDBACK_FILE, HEALTH_PATH, SLASH_COMMANDS } from "../../src/slack/index.js";
import { createFakeEngine, makePassage, type FakeEngine } from "./fake-engine.js";
import { BOT_TOKEN, SIGNING_SECRET, startHarness, type Harness } from "./harness.js";
import { blockAction, eventCallback, postToSlackApp, slashCommand, waitFor } from "./slack-requests.js";
import { BOT_ID, BOT_USER_ID, type RecordedCall } from "./slack-stand-in.js";

type Blocks = Array<Record<string, unknown>>;

/** Every `text` string anywhere in a block tree. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => (key === "text" && typeof value === "string" ? [value] : texts(value)));
}

function buttons(blocks: Blocks): Array<{ action_id: string; value: string; text: { text: string } }> {
  return blocks.filter((b) => b["type"] === "actions").flatMap((b) => b["elements"] as Array<{ action_id: string; value: string; text: { text: string } }>);
}

let seq = 0;
const nextTs = () => `1700000${String(++seq).padStart(3, "0")}.000100`;

describe("Slack bot over the real Bolt HTTP receiver", () => {
  let engine: FakeEngine;
  let h: Harness;
  let failNext = false;
  let nextAnswer: ((q: string) => Answer) | null = null;

  beforeAll(async () => {
    engine = createFakeEngine({
      ask: (question, options) => {
        if (failNext) {
          failNext = false;
          throw new Error("index exploded at /secret/path");
        }
        if (nextAnswer !== null) return nextAnswer(question);
        const offset = options?.offset ?? 0;
        const passages = [0, 1, 2, 3, 4].map((i) => makePassage(offset + i));
        return { question, searchedFor: null, answer: { kind: "passage", text: `Lead for: ${question}`, passageId: passages[0]?.id ?? null }, passages, facts: [] };
      },
      facts: [
        { type: "body", id: "f1", docId: "doc-a", passageId: "doc-a#7", quote: "NHS England leads", name: "NHS England", aliases: ["NHSE"], role: "NHS England leads the NHS.", mentions: [] },
      ],
    });
    h = await startHarness(engine);
  });
  afterAll(async () => h.stop());
  afterEach(() => {
    h.slack.reset();
    engine.askCalls.length = 0;
    nextAnswer = null;
  });

  const send = (request: Parameters<typeof postToSlackApp>[1], extra: { retryNum?: number } = {}) =>
    postToSlackApp(h.url, request, { secret: SIGNING_SECRET, ...extra });
  const responses = () => h.slack.callsTo("response");
  const posts = () => h.slack.callsTo("chat.postMessage");
  const firstResponse = () => waitFor(() => responses()[0], 3000, "a response_url post");

  it("serves /healthz without a signature", async () => {
    const res = await fetch(`${h.baseUrl}${HEALTH_PATH}`);
    expect(res.status).toBe(200);
  });

  it("refuses a wrong signature, a stale timestamp and a malformed body", async () => {
    const request = slashCommand({ command: SLASH_COMMANDS.ask, text: "x", user_id: "U1", response_url: h.slack.responseUrl("a") });
    expect((await postToSlackApp(h.url, request, { secret: "not-the-secret" })).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await postToSlackApp(h.url, request, { secret: SIGNING_SECRET, timestamp: stale })).status).toBe(401);
    expect((await send({ body: "{not json", contentType: "application/json" })).status).toBeGreaterThanOrEqual(400);
    expect(engine.askCalls).toHaveLength(0);
  });

  it("answers Slack's URL verification and SSL check, and acknowledges events it does not subscribe to", async () => {
    const challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P";
    const verification = await send({ body: JSON.stringify({ token: "legacy-verification-token", challenge, type: "url_verification" }), contentType: "application/json" });
    expect(verification).toMatchObject({ status: 200 });
    expect(JSON.parse(verification.text)).toEqual({ challenge });
    const sslCheck = await send({ body: "ssl_check=1&token=legacy-verification-token", contentType: "application/x-www-form-urlencoded" });
    expect(sslCheck.status).toBe(200);
    for (const event of [{ type: "tokens_revoked", tokens: { bot: ["UBOT0001"] } }, { type: "app_uninstalled" }, { type: "app_home_opened", user: "U12", channel: "D3", tab: "messages" }]) {
      const started = Date.now();
      expect((await send(eventCallback(`EvU-${event.type}-${nextTs()}`, { ...event, event_ts: nextTs() }))).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
    }
    expect(h.slack.calls.filter((c) => c.method !== "auth.test")).toHaveLength(0);
  });

  it("answers /ask ephemerally through response_url, restating the question, with a share button", async () => {
    const started = Date.now();
    const ack = await send(slashCommand({ command: SLASH_COMMANDS.ask, text: "what do ICBs do?", user_id: "U2", response_url: h.slack.responseUrl("ask") }));
    expect(ack.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const response = await firstResponse();
    expect(response.path).toBe("/response/ask");
    expect(response.args["response_type"]).toBe("ephemeral");
    const blocks = response.args["blocks"] as Blocks;
    expect(texts(blocks).join("\n")).toContain("what do ICBs do?");
    expect(texts(blocks).join("\n")).toContain("Lead for: what do ICBs do?");
    expect(buttons(blocks).map((b) => b.action_id)).toEqual([ACTION_IDS.morePassages, ACTION_IDS.share, ACTION_IDS.helpful, ACTION_IDS.notHelpful]);
    expect(String(response.args["text"]).length).toBeGreaterThan(0);
  });

  it("answers a mention in a thread under the message, without the mention, and follows up with the thread's question", async () => {
    const ts = nextTs();
    await send(eventCallback("Ev1", { type: "app_mention", user: "U3", text: `<@${BOT_USER_ID}> what is an ICS?`, ts, channel: "C9", event_ts: ts }));
    const post = await waitFor(() => posts()[0], 3000, "the answer");
    expect(post.args).toMatchObject({ channel: "C9", thread_ts: ts });
    expect(engine.askCalls[0]).toEqual({ question: "what is an ICS?", options: {} });

    const ts2 = nextTs();
    await send(eventCallback("Ev2", { type: "app_mention", user: "U3", text: `<@${BOT_USER_ID}> and in Wales?`, ts: ts2, thread_ts: ts, channel: "C9", event_ts: ts2 }));
    const followUp = await waitFor(() => posts()[1], 3000, "the follow-up");
    expect(followUp.args).toMatchObject({ channel: "C9", thread_ts: ts });
    expect(engine.askCalls[1]).toEqual({ question: "and in Wales?", options: { previousQuestion: "what is an ICS?" } });
  });

  it("reads a question as the user sees it: mentions, channels and emoji dropped, a link by its label", async () => {
    const ts = nextTs();
    const text = `<@${BOT_USER_ID}> :wave: what does <https://x.example/r|the report> say about ICBs? cc <@U77> <#C5|general> <!here> :+1:`;
    await send(eventCallback("EvQ1", { type: "app_mention", user: "U3", text, ts, channel: "C9", event_ts: ts }));
    const post = await waitFor(() => posts()[0], 3000, "the answer");
    expect(engine.askCalls.map((c) => c.question)).toEqual(["what does the report say about ICBs? cc"]);
    expect(texts(post.args["blocks"]).join("\n")).not.toMatch(/U77|C5|here|wave/);
  });

  it("asks for a question when a mention or a DM holds none: no text, blanks, only emoji or mentions", async () => {
    const empties = [`<@${BOT_USER_ID}>`, `<@${BOT_USER_ID}>   `, `<@${BOT_USER_ID}> :wave: 👋`, `<@${BOT_USER_ID}> <@U77>`];
    for (const [i, text] of empties.entries()) {
      const ts = nextTs();
      await send(eventCallback(`EvE${i}`, { type: "app_mention", user: "U3", text, ts, channel: "C9", event_ts: ts }));
      const post = await waitFor(() => posts()[i], 3000, `the prompt for ${JSON.stringify(text)}`);
      expect(post.args).toMatchObject({ channel: "C9", thread_ts: ts });
      expect(texts(post.args["blocks"]).join()).toMatch(/ask me a question/i);
    }
    await send(eventCallback("EvE9", { type: "message", channel_type: "im", user: "U3", text: ":thinking_face:", ts: nextTs(), channel: "D9" }));
    const dm = await waitFor(() => posts()[empties.length], 3000, "the DM prompt");
    expect(texts(dm.args["blocks"]).join()).toMatch(/ask me a question/i);
    expect(engine.askCalls).toHaveLength(0);
  });

  it("shows a command's usage when its text holds no question", async () => {
    for (const [i, text] of ["", "  ", ":wave:"].entries()) {
      await send(slashCommand({ command: SLASH_COMMANDS.ask, text, user_id: "U2", response_url: h.slack.responseUrl(`usage${i}`) }));
      const response = await waitFor(() => responses().find((r) => r.path === `/response/usage${i}`), 3000, `usage for ${JSON.stringify(text)}`);
      expect(response.args["response_type"]).toBe("ephemeral");
      expect(texts(response.args["blocks"]).join()).toContain(`Usage: ${SLASH_COMMANDS.ask}`);
    }
    expect(engine.askCalls).toHaveLength(0);
  });

  it("refuses an over-long question in a thread and keeps the thread's earlier question as its context", async () => {
    const ts = nextTs();
    const ask = (eventId: string, text: string) => {
      const at = nextTs();
      return send(eventCallback(eventId, { type: "app_mention", user: "U3", text: `<@${BOT_USER_ID}> ${text}`, ts: at, thread_ts: ts, channel: "C9", event_ts: at }));
    };
    await ask("EvL1", "what is an ICS?");
    await waitFor(() => posts()[0], 3000, "the first answer");
    await ask("EvL2", `why ${"really ".repeat(600)}?`);
    const refused = await waitFor(() => posts()[1], 3000, "the refusal");
    expect(refused.args).toMatchObject({ channel: "C9", thread_ts: ts });
    expect(texts(refused.args["blocks"]).join()).toMatch(/under 500 characters/);
    await ask("EvL3", "and in Wales?");
    const followUp = await waitFor(() => posts()[2], 3000, "the follow-up");
    expect(engine.askCalls.map((c) => c.options?.previousQuestion)).toEqual([undefined, "what is an ICS?"]);
    expect(buttons(followUp.args["blocks"] as Blocks).map((b) => b.action_id)).toContain(ACTION_IDS.morePassages);
  });

  it("answers a retried event and a double delivery (app_mention + message) once", async () => {
    const ts = nextTs();
    const mention = eventCallback("Ev3", { type: "app_mention", user: "U4", text: `<@${BOT_USER_ID}> once?`, ts, channel: "D1", event_ts: ts });
    expect((await send(mention)).status).toBe(200);
    expect((await send(mention, { retryNum: 1 })).status).toBe(200);
    await send(eventCallback("Ev4", { type: "message", channel_type: "im", user: "U4", text: `<@${BOT_USER_ID}> once?`, ts, channel: "D1", event_ts: ts }));
    await waitFor(() => posts()[0], 3000, "the answer");
    // A late duplicate would have been posted by now: the engine queue is serial and local.
    await send(eventCallback("Ev5", { type: "message", channel_type: "im", user: "U4", text: "marker", ts: nextTs(), channel: "D1" }));
    await waitFor(() => posts()[1], 3000, "the marker answer");
    expect(posts()).toHaveLength(2);
    expect(engine.askCalls.map((c) => c.question)).toEqual(["once?", "marker"]);
  });

  it("answers a DM in the DM and ignores bot messages", async () => {
    await send(eventCallback("Ev6", { type: "message", channel_type: "im", user: "U5", bot_id: "BOTHER", text: "I am a bot", ts: nextTs(), channel: "D2" }));
    await send(eventCallback("Ev7", { type: "message", subtype: "bot_message", channel_type: "im", text: "bot", ts: nextTs(), channel: "D2" }));
    await send(eventCallback("Ev7b", { type: "app_mention", user: "U5", bot_id: "BOTHER", text: `<@${BOT_USER_ID}> loop?`, ts: nextTs(), channel: "C2" }));
    const ts = nextTs();
    await send(eventCallback("Ev8", { type: "message", channel_type: "im", user: "U5", text: "how are ICBs funded?", ts, channel: "D2" }));
    const post = await waitFor(() => posts()[0], 3000, "the DM answer");
    expect(post.args["channel"]).toBe("D2");
    expect(post.args).not.toHaveProperty("thread_ts");
    expect(posts()).toHaveLength(1);
  });

  it("answers a DM with a file attached or sent from a thread, and ignores edits, deletions, joins and its own posts", async () => {
    const dm = { type: "message", channel_type: "im", channel: "D6" };
    const edited = { ...dm, subtype: "message_changed", hidden: true, ts: nextTs(), message: { type: "message", user: "U16", text: "edited?", ts: "1700000001.000100", edited: { user: "U16", ts: nextTs() } } };
    await send(eventCallback("EvS1", edited));
    await send(eventCallback("EvS2", { ...dm, subtype: "message_deleted", hidden: true, ts: nextTs(), deleted_ts: "1700000001.000100" }));
    await send(eventCallback("EvS3", { ...dm, subtype: "channel_join", user: "U16", text: "<@U16> has joined the channel", ts: nextTs() }));
    await send(eventCallback("EvS4", { ...dm, user: BOT_USER_ID, bot_id: BOT_ID, text: "Lead for: an earlier answer", ts: nextTs() }));
    const file = { id: "F1", name: "notes.pdf", mimetype: "application/pdf" };
    await send(eventCallback("EvS5", { ...dm, subtype: "file_share", user: "U16", text: "what does this say about ICBs?", files: [file], upload: true, ts: nextTs() }));
    const shared = await waitFor(() => posts()[0], 3000, "the answer to a message with a file");
    expect(shared.args["channel"]).toBe("D6");
    expect(shared.args).not.toHaveProperty("thread_ts");
    const root = nextTs();
    const broadcast = { ...dm, subtype: "thread_broadcast", user: "U16", text: "and in Wales?", ts: nextTs(), thread_ts: root, root: { type: "message", user: "U16", text: "first", ts: root, thread_ts: root } };
    await send(eventCallback("EvS6", broadcast));
    const threaded = await waitFor(() => posts()[1], 3000, "the answer to a reply also sent to the DM");
    expect(threaded.args).toMatchObject({ channel: "D6", thread_ts: root });
    expect(posts()).toHaveLength(2);
    expect(engine.askCalls.map((c) => c.question)).toEqual(["what does this say about ICBs?", "and in Wales?"]);
  });

  it("carries a DM's earlier question into the next one, and answers a DM asked in a thread in that thread", async () => {
    await send(eventCallback("Ev11", { type: "message", channel_type: "im", user: "U14", text: "how are ICBs funded in England?", ts: nextTs(), channel: "D4" }));
    await waitFor(() => posts()[0], 3000, "the first DM answer");
    await send(eventCallback("Ev12", { type: "message", channel_type: "im", user: "U14", text: "and in Wales?", ts: nextTs(), channel: "D4" }));
    const followUp = await waitFor(() => posts()[1], 3000, "the follow-up");
    expect(followUp.args).not.toHaveProperty("thread_ts");
    expect(engine.askCalls[1]).toEqual({ question: "and in Wales?", options: { previousQuestion: "how are ICBs funded in England?" } });

    const root = nextTs();
    await send(eventCallback("Ev13", { type: "message", channel_type: "im", user: "U14", text: "what is an ICS?", ts: nextTs(), thread_ts: root, channel: "D4" }));
    const threaded = await waitFor(() => posts()[2], 3000, "the threaded DM answer");
    expect(threaded.args).toMatchObject({ channel: "D4", thread_ts: root });
    // A new thread is a new conversation: the DM's running question does not leak into it.
    expect(engine.askCalls[2]).toEqual({ question: "what is an ICS?", options: {} });
  });

  it("posts more passages of a DM answer in the DM itself", async () => {
    const value = JSON.stringify({ r: { c: "ask", q: "funding?", o: 5 }, a: "doc-a#0", ids: [] });
    await send(blockAction({ actionId: ACTION_IDS.morePassages, value, user_id: "U15", response_url: h.slack.responseUrl("dm-more"), channel_id: "D5", message: { ts: "1700000600.000100" }, ephemeral: false }));
    const post = await waitFor(() => posts()[0], 3000, "more passages");
    expect(post.args["channel"]).toBe("D5");
    expect(post.args).not.toHaveProperty("thread_ts");
  });

  it("neither pings nor forges links from a question or a passage", async () => {
    const hostile = "<!channel> <!here> <@U123> <http://evil.example|click me> & more";
    nextAnswer = (question) => ({
      question,
      searchedFor: null,
      answer: { kind: "passage", text: `The text says ${hostile}`, passageId: "doc-a#1" },
      passages: [{ ...makePassage(1, `A passage with ${hostile}`), title: "Title <!everyone>", section: "<#C123>" }],
      facts: [],
    });
    const ts = nextTs();
    await send(eventCallback("Ev9", { type: "app_mention", user: "U6", text: `<@${BOT_USER_ID}> ${hostile}`, ts, channel: "C9" }));
    await send(slashCommand({ command: SLASH_COMMANDS.ask, text: hostile, user_id: "U6", response_url: h.slack.responseUrl("hostile") }));
    const post = await waitFor(() => posts()[0], 3000, "the answer");
    const response = await firstResponse();
    for (const call of [post, response]) {
      const all = [...texts(call.args["blocks"]), String(call.args["text"])].join("\n");
      expect(all).not.toMatch(/<!|<@U123|<#C|<http:\/\/evil/);
      expect(all).toContain("&lt;!channel&gt;");
      expect(call.args["link_names"]).toBeUndefined();
      for (const t of (call.args["blocks"] as Blocks).flatMap((b) => [b["text"], ...((b["elements"] as unknown[]) ?? [])])) {
        if (t !== undefined && (t as { type?: string }).type === "mrkdwn") expect((t as { verbatim?: boolean }).verbatim).toBe(true);
      }
    }
  });

  it("posts an answer whose blocks Slack refuses again as its text alone, in the same thread", async () => {
    for (const [i, error] of ["invalid_blocks", "msg_blocks_too_long"].entries()) {
      h.slack.failNext("chat.postMessage", { body: { ok: false, error } });
      const ts = nextTs();
      await send(eventCallback(`EvB${i}`, { type: "app_mention", user: "U18", text: `<@${BOT_USER_ID}> refused ${i}?`, ts, channel: "C9", event_ts: ts }));
      const retry = await waitFor(() => posts()[2 * i + 1], 3000, `the text-only retry after ${error}`);
      expect(retry.args).toMatchObject({ channel: "C9", thread_ts: ts, text: expect.stringContaining(`Lead for: refused ${i}?`) });
      expect(retry.args).not.toHaveProperty("blocks");
      expect(h.logLines.some((l) => l.startsWith("error") && l.includes(error))).toBe(true);
    }
  });

  it("logs a post Slack refuses for its channel or its rate, once, and goes on answering", async () => {
    const refusals = [
      { status: 429, headers: { "retry-after": "0" }, body: { ok: false, error: "ratelimited" } },
      { body: { ok: false, error: "not_in_channel" } },
      { body: { ok: false, error: "channel_not_found" } },
    ];
    for (const [i, refusal] of refusals.entries()) {
      h.slack.failNext("chat.postMessage", refusal);
      const ts = nextTs();
      await send(eventCallback(`EvR${i}`, { type: "app_mention", user: "U18", text: `<@${BOT_USER_ID}> refused?`, ts, channel: "C9", event_ts: ts }));
      await waitFor(() => (h.logLines.filter((l) => l.includes("posting an answer failed")).length > i ? true : undefined), 3000, `the logged ${refusal.body.error}`);
    }
    const ts = nextTs();
    await send(eventCallback("EvR9", { type: "app_mention", user: "U18", text: `<@${BOT_USER_ID}> still there?`, ts, channel: "C9", event_ts: ts }));
    const answered = await waitFor(() => posts()[refusals.length], 3000, "the next answer");
    expect(answered.args).toMatchObject({ channel: "C9", thread_ts: ts });
    expect(posts()).toHaveLength(refusals.length + 1);
  });

  it("logs a response_url Slack no longer accepts and goes on answering", async () => {
    h.slack.failNext("response", { status: 404, body: "expired_url" });
    await send(slashCommand({ command: SLASH_COMMANDS.ask, text: "late?", user_id: "U18", response_url: h.slack.responseUrl("expired") }));
    await waitFor(() => h.logLines.find((l) => l.startsWith("error") && l.includes("responding to a command failed") && l.includes("404")), 3000, "the logged failure");
    await send(slashCommand({ command: SLASH_COMMANDS.ask, text: "again?", user_id: "U18", response_url: h.slack.responseUrl("fresh") }));
    await waitFor(() => responses().find((r) => r.path === "/response/fresh"), 3000, "the next answer");
  });

  it("keeps an over-long answer within Slack's limits", async () => {
    const long = "word ".repeat(4000);
    nextAnswer = (question) => ({
      question,
      searchedFor: null,
      answer: { kind: "passage", text: long, passageId: "doc-a#1" },
      passages: [0, 1, 2, 3, 4].map((i) => ({ ...makePassage(i, long), title: long, section: long, highlight: { start: 15000, end: 15100 } })),
      facts: [],
    });
    await send(slashCommand({ command: SLASH_COMMANDS.ask, text: "q ".repeat(240), user_id: "U7", response_url: h.slack.responseUrl("long") }));
    const response = await firstResponse();
    const blocks = response.args["blocks"] as Blocks;
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(texts(blocks).join("").length).toBeLessThan(12_000);
    for (const block of blocks) {
      if (block["type"] === "section") expect((block["text"] as { text: string }).text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (block["type"] === "context") expect((block["elements"] as unknown[]).length).toBeLessThanOrEqual(LIMITS.contextElements);
    }
    for (const b of buttons(blocks)) {
      expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
      expect(b.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    }
    expect(String(response.args["text"]).length).toBeLessThan(4000);
    expect(texts(blocks).join("")).toContain("…");
  });

  it("apologises briefly when the engine fails and logs the error", async () => {
    failNext = true;
    await send(slashCommand({ command: SLASH_COMMANDS.ask, text: "boom?", user_id: "U8", response_url: h.slack.responseUrl("boom") }));
    const response = await firstResponse();
    const shown = [...texts(response.args["blocks"]), String(response.args["text"])].join("\n");
    expect(shown).toMatch(/sorry/i);
    expect(shown).not.toContain("exploded");
    await waitFor(() => h.logLines.find((l) => l.startsWith("error") && l.includes("exploded")), 1000, "the logged error");
  });

  it("records feedback with the question and the answer's passage ids", async () => {
    const value = JSON.stringify({ r: { c: "ask", q: "what is an ICB?" }, a: "doc-a#0", ids: ["doc-a#0", "doc-a#1"] });
    const res = await send(blockAction({ actionId: ACTION_IDS.notHelpful, value, user_id: "U9", response_url: h.slack.responseUrl("fb") }));
    expect(res.status).toBe(200);
    const response = await firstResponse();
    expect(texts(response.args["blocks"]).join()).toMatch(/thanks/i);
    const lines = (await readFile(join(h.feedbackDir, FEEDBACK_FILE), "utf8")).trim().split("\n");
    expect(JSON.parse(lines.at(-1) ?? "{}")).toMatchObject({
      rating: "not_helpful",
      user: "U9",
      question: "what is an ICB?",
      answerPassageId: "doc-a#0",
      passageIds: ["doc-a#0", "doc-a#1"],
    });
  });

  it("posts more passages in the thread of a threaded answer, and ephemerally for a command's answer", async () => {
    const value = JSON.stringify({ r: { c: "ask", q: "funding?", p: "earlier?", o: 5 }, a: "doc-a#0", ids: [] });
    await send(blockAction({ actionId: ACTION_IDS.morePassages, value, user_id: "U10", response_url: h.slack.responseUrl("m1"), channel_id: "C9", message: { ts: "1700000500.000200", thread_ts: "1700000400.000100" }, ephemeral: false }));
    const post = await waitFor(() => posts()[0], 3000, "more passages");
    expect(post.args).toMatchObject({ channel: "C9", thread_ts: "1700000400.000100" });
    expect(engine.askCalls[0]).toEqual({ question: "funding?", options: { previousQuestion: "earlier?", offset: 5 } });
    expect(texts(post.args["blocks"]).join()).toContain("Passage number 5");
    const more = buttons(post.args["blocks"] as Blocks).find((b) => b.action_id === ACTION_IDS.morePassages);
    expect(JSON.parse(more?.value ?? "{}").r.o).toBe(10);

    await send(blockAction({ actionId: ACTION_IDS.morePassages, value, user_id: "U10", response_url: h.slack.responseUrl("m2") }));
    const response = await firstResponse();
    expect(response.args["response_type"]).toBe("ephemeral");
  });

  it("acknowledges a button it cannot read or does not know, and tells the clicker to ask again", async () => {
    const clicks = [
      { id: "garbled", actionId: ACTION_IDS.morePassages, value: "not json" },
      { id: "old-shape", actionId: ACTION_IDS.helpful, value: JSON.stringify({ question: "from an older version" }) },
      { id: "unknown", actionId: "open_sources_v0", value: "x" },
    ];
    for (const click of clicks) {
      const started = Date.now();
      const res = await send(blockAction({ actionId: click.actionId, value: click.value, user_id: "U17", response_url: h.slack.responseUrl(click.id), channel_id: "C9", message: { ts: nextTs() }, ephemeral: false }));
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
      const response = await waitFor(() => responses().find((r) => r.path === `/response/${click.id}`), 3000, `the note for ${click.id}`);
      expect(response.args).toMatchObject({ response_type: "ephemeral", replace_original: false });
      expect(texts(response.args["blocks"]).join()).toMatch(/no longer works.*ask your question again/);
    }
    expect(posts()).toHaveLength(0);
    expect(engine.askCalls).toHaveLength(0);
  });

  it("sends more passages privately when it can no longer post in the answer's thread", async () => {
    for (const [i, error] of ["not_in_channel", "channel_not_found"].entries()) {
      h.slack.failNext("chat.postMessage", { body: { ok: false, error } });
      const value = JSON.stringify({ r: { c: "ask", q: "funding?", o: 5 }, a: "doc-a#0", ids: [] });
      await send(blockAction({ actionId: ACTION_IDS.morePassages, value, user_id: "U19", response_url: h.slack.responseUrl(`gone${i}`), channel_id: "CGONE", message: { ts: nextTs(), thread_ts: "1700000400.000100" }, ephemeral: false }));
      const response = await waitFor(() => responses().find((r) => r.path === `/response/gone${i}`), 3000, `the private passages after ${error}`);
      expect(response.args).toMatchObject({ response_type: "ephemeral", replace_original: false });
      expect(texts(response.args["blocks"]).join()).toContain("Passage number 5");
    }
  });

  it("shares a command's answer in the channel", async () => {
    const value = JSON.stringify({ r: { c: "ask", q: "share me" }, a: "doc-a#0", ids: [] });
    await send(blockAction({ actionId: ACTION_IDS.share, value, user_id: "U11", response_url: h.slack.responseUrl("share") }));
    const response = await firstResponse();
    expect(response.args).toMatchObject({ response_type: "in_channel", replace_original: false });
    const all = texts(response.args["blocks"]).join("\n");
    expect(all).toContain("<@U11>");
    expect(all).toContain("Lead for: share me");
    expect(buttons(response.args["blocks"] as Blocks).map((b) => b.action_id)).not.toContain(ACTION_IDS.share);
  });

  it("publishes App Home with sources, fact counts and commands", async () => {
    await send(eventCallback("Ev10", { type: "app_home_opened", user: "U12", channel: "D3", tab: "home", event_ts: nextTs() }));
    const call: RecordedCall = await waitFor(() => h.slack.callsTo("views.publish")[0], 3000, "views.publish");
    expect(call.args["user_id"]).toBe("U12");
    const view = call.args["view"] as { type: string; blocks: Blocks };
    expect(view.type).toBe("home");
    const all = texts(view.blocks).join("\n");
    for (const expected of ["Close Enough to Care", "2024-03", "120 passages", "Figures: 7", SLASH_COMMANDS.ask, SLASH_COMMANDS.recommendations]) {
      expect(all).toContain(expected);
    }
  });

  it("answers \"help\" after a command with the help, through response_url, even from a channel the bot is not in", async () => {
    const factCalls = engine.factCalls.length;
    await send(slashCommand({ command: SLASH_COMMANDS.ask, text: "help", user_id: "U13", channel_id: "CNOTJOINED", response_url: h.slack.responseUrl("ask-help") }));
    await send(slashCommand({ command: SLASH_COMMANDS.figure, text: " Help ", user_id: "U13", channel_id: "CNOTJOINED", response_url: h.slack.responseUrl("figure-help") }));
    await waitFor(() => (responses().length === 2 ? true : undefined), 3000, "two responses");
    for (const response of responses()) {
      expect(response.args["response_type"]).toBe("ephemeral");
      expect(texts(response.args["blocks"]).join("\n")).toContain(SLASH_COMMANDS.recommendations);
    }
    expect(engine.askCalls).toHaveLength(0);
    expect(engine.factCalls).toHaveLength(factCalls);
    expect(posts()).toHaveLength(0);
  });

  it("answers /sources, /qa-help and /body", async () => {
    await send(slashCommand({ command: SLASH_COMMANDS.sources, text: "", user_id: "U13", response_url: h.slack.responseUrl("s") }));
    await send(slashCommand({ command: SLASH_COMMANDS.help, text: "", user_id: "U13", response_url: h.slack.responseUrl("h") }));
    await send(slashCommand({ command: SLASH_COMMANDS.body, text: "NHSE", user_id: "U13", response_url: h.slack.responseUrl("b") }));
    await waitFor(() => (responses().length === 3 ? true : undefined), 3000, "three responses");
    const byPath = (p: string) => texts(responses().find((r) => r.path === `/response/${p}`)?.args["blocks"]).join("\n");
    expect(byPath("s")).toContain("Local empowerment");
    expect(byPath("h")).toContain(SLASH_COMMANDS.figure);
    expect(byPath("b")).toContain("NHS England leads the NHS.");
    expect(engine.factCalls.at(-1)).toEqual({ type: "body", text: "NHSE" });
  });

  it("never logs the bot token or the signing secret", () => {
    const all = h.logLines.join("\n");
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});

describe("per-user rate limit", () => {
  it("answers within the limit, then says when to try again, then answers after the refill", async () => {
    const engine = createFakeEngine();
    const h = await startHarness(engine, { burst: 1, perMinute: 1 });
    try {
      const ask = (id: string) =>
        postToSlackApp(h.url, slashCommand({ command: SLASH_COMMANDS.ask, text: "q?", user_id: "U1", response_url: h.slack.responseUrl(id) }), { secret: SIGNING_SECRET });
      const bodyOf = (id: string) => waitFor(() => h.slack.callsTo("response").find((r) => r.path === `/response/${id}`), 3000, id);
      await ask("1");
      expect(texts((await bodyOf("1")).args["blocks"]).join()).toContain("Lead for: q?");
      await ask("2");
      expect(texts((await bodyOf("2")).args["blocks"]).join()).toMatch(/try again in 60 seconds/);
      h.advance(60_000);
      await ask("3");
      expect(texts((await bodyOf("3")).args["blocks"]).join()).toContain("Lead for: q?");
      expect(engine.askCalls).toHaveLength(2);
    } finally {
      await h.stop();
    }
  });
});
