import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "../../src/cli/open-engine.js";
import type { Engine } from "../../src/engine/engine.js";
import { escapeMrkdwn } from "../../src/render/mrkdwn.js";
import { ACTION_IDS, SLASH_COMMANDS } from "../../src/slack/index.js";
import { SIGNING_SECRET, startHarness, type Harness } from "./harness.js";
import { blockAction, eventCallback, postToSlackApp, slashCommand, waitFor, type SignedPost } from "./slack-requests.js";
import { BOT_USER_ID, type RecordedCall } from "./slack-stand-in.js";

/**
 * The bot end to end over the real corpus: index built into a temporary folder, the real engine,
 * the real Bolt receiver. Assertions are about behaviour (where replies go, what they lead with,
 * what they cite, what context reaches the engine), not about wording that ranking changes move.
 */

const CORPUS_DIR = fileURLToPath(new URL("../../corpus/", import.meta.url));

type Block = { type: string; text?: { text: string }; elements?: Array<{ text?: string | { text: string }; action_id?: string; value?: string }> };

const blocksOf = (call: RecordedCall): Block[] => call.args["blocks"] as Block[];
const sectionTexts = (blocks: Block[]) => blocks.filter((b) => b.type === "section").map((b) => b.text?.text ?? "");
const contextTexts = (blocks: Block[]) => blocks.filter((b) => b.type === "context").flatMap((b) => (b.elements ?? []).map((e) => (typeof e.text === "string" ? e.text : "")));
const buttonsOf = (blocks: Block[]) => blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);

let seq = 0;
const nextTs = () => `1710000${String(++seq).padStart(3, "0")}.000200`;

describe("Slack bot with the real engine over the real corpus", () => {
  let root: string;
  let engine: Engine;
  let titles: string[];
  let h: Harness;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "slack-real-"));
    const opened = await openEngine({ config: { corpusDir: CORPUS_DIR, indexDir: join(root, "index") }, log: () => undefined });
    if (!opened.ok) throw new Error(opened.message);
    engine = opened.engine;
    titles = engine.sources().map((s) => s.document.title);
    h = await startHarness(engine);
  }, 60_000);
  afterAll(async () => {
    await h?.stop();
    await rm(root, { recursive: true, force: true });
  });
  afterEach(() => h.slack.reset());

  const send = (request: SignedPost) => postToSlackApp(h.url, request, { secret: SIGNING_SECRET });
  const posts = () => h.slack.callsTo("chat.postMessage");
  const mention = (eventId: string, text: string, ts: string, threadTs?: string) =>
    eventCallback(eventId, { type: "app_mention", user: "UREAL1", text: `<@${BOT_USER_ID}> ${text}`, ts, channel: "CREAL", event_ts: ts, ...(threadTs === undefined ? {} : { thread_ts: threadTs }) });

  /** Every citation names a source document; every quote block is a mrkdwn quote. */
  function expectCitedPassages(blocks: Block[]): void {
    const citations = contextTexts(blocks).filter((t) => titles.some((title) => t.includes(escapeMrkdwn(title))));
    const quotes = sectionTexts(blocks).filter((t) => t.startsWith("> "));
    expect(quotes.length).toBeGreaterThan(0);
    expect(citations.length).toBe(quotes.length);
  }

  it("answers a mention in a thread, leading with the engine's answer and citing passages by title", async () => {
    const question = "how many Integrated Care Systems are there?";
    const expected = engine.ask(question);
    expect(expected.answer.kind).not.toBe("none");
    const ts = nextTs();
    expect((await send(mention("EvR1", question, ts))).status).toBe(200);
    const post = await waitFor(() => posts()[0], 5000, "the answer");
    expect(post.args).toMatchObject({ channel: "CREAL", thread_ts: ts });
    const blocks = blocksOf(post);
    expect(blocks[0]?.type).toBe("section");
    expect(blocks[0]?.text?.text).toBe(escapeMrkdwn(expected.answer.text));
    expectCitedPassages(blocks);

    // "More passages" continues in the same thread with passages not shown yet.
    const more = buttonsOf(blocks).find((b) => b.action_id === ACTION_IDS.morePassages);
    expect(more?.value).toBeDefined();
    const shownQuotes = new Set(sectionTexts(blocks).filter((t) => t.startsWith("> ")));
    await send(blockAction({ actionId: ACTION_IDS.morePassages, value: more?.value ?? "", user_id: "UREAL1", response_url: h.slack.responseUrl("more"), channel_id: "CREAL", message: { ts: nextTs(), thread_ts: ts }, ephemeral: false }));
    const page = await waitFor(() => posts()[1], 5000, "more passages");
    expect(page.args).toMatchObject({ channel: "CREAL", thread_ts: ts });
    const nextQuotes = sectionTexts(blocksOf(page)).filter((t) => t.startsWith("> "));
    expect(nextQuotes.length).toBeGreaterThan(0);
    for (const quote of nextQuotes) expect(shownQuotes.has(quote)).toBe(false);
  });

  it("answers a question addressed to a colleague too, with an emoji, as it answers the question alone", async () => {
    const question = "how many Integrated Care Systems are there?";
    const expected = engine.ask(question);
    expect(expected.answer.kind).not.toBe("none");
    const ts = nextTs();
    await send(mention("EvR5", `<@U02ABCDEF> ${question} :+1:`, ts));
    const post = await waitFor(() => posts()[0], 5000, "the answer");
    expect(blocksOf(post)[0]?.text?.text).toBe(escapeMrkdwn(expected.answer.text));
  });

  it("answers a follow-up in the same thread with the thread's earlier question as context", async () => {
    const first = "how is health care funded?";
    const followUp = "and in Denmark?";
    const ts = nextTs();
    await send(mention("EvR2", first, ts));
    await waitFor(() => posts()[0], 5000, "the first answer");
    await send(mention("EvR3", followUp, nextTs(), ts));
    const post = await waitFor(() => posts()[1], 5000, "the follow-up");
    expect(post.args).toMatchObject({ channel: "CREAL", thread_ts: ts });
    const blocks = blocksOf(post);
    expect(blocks[0]?.text?.text).toBe(escapeMrkdwn(engine.ask(followUp, { previousQuestion: first }).answer.text));
    expectCitedPassages(blocks);
    expect(sectionTexts(blocks).some((t) => /Denmark|Danish/.test(t))).toBe(true);
  });

  it("answers /body ephemerally with the body's role, its source, and a share button that posts in the channel", async () => {
    const ack = await send(slashCommand({ command: SLASH_COMMANDS.body, text: "OHID", user_id: "UREAL2", response_url: h.slack.responseUrl("body") }));
    expect(ack.status).toBe(200);
    const response = await waitFor(() => h.slack.callsTo("response")[0], 5000, "the /body response");
    expect(response.args["response_type"]).toBe("ephemeral");
    const blocks = blocksOf(response);
    const facts = engine.lookupFacts({ type: "body", text: "OHID" });
    expect(facts.length).toBeGreaterThan(0);
    expect(sectionTexts(blocks).join("\n")).toContain(escapeMrkdwn(facts[0]?.type === "body" ? facts[0].name : ""));
    expect(contextTexts(blocks).some((t) => titles.some((title) => t.includes(escapeMrkdwn(title))))).toBe(true);

    const share = buttonsOf(blocks).find((b) => b.action_id === ACTION_IDS.share);
    expect(share?.value).toBeDefined();
    await send(blockAction({ actionId: ACTION_IDS.share, value: share?.value ?? "", user_id: "UREAL2", response_url: h.slack.responseUrl("share") }));
    const shared = await waitFor(() => h.slack.callsTo("response").find((r) => r.path === "/response/share"), 5000, "the shared answer");
    expect(shared.args["response_type"]).toBe("in_channel");
    expect(contextTexts(blocksOf(shared))[0]).toContain("<@UREAL2>");
    expect(sectionTexts(blocksOf(shared))).toEqual(sectionTexts(blocks));
  });

  it("lists the recommendations of one source, named loosely, citing only that source", async () => {
    const [document] = engine.sources().map((s) => s.document).filter((d) => engine.lookupFacts({ type: "recommendation", docId: d.id }).length > 0);
    expect(document).toBeDefined();
    const name = (document?.publisher ?? document?.id ?? "").split(/\s+/)[0] ?? "";
    await send(slashCommand({ command: SLASH_COMMANDS.recommendations, text: name.toLowerCase(), user_id: "UREAL4", response_url: h.slack.responseUrl("recs") }));
    const response = await waitFor(() => h.slack.callsTo("response")[0], 5000, "the /recommendations response");
    expect(response.args["response_type"]).toBe("ephemeral");
    const blocks = blocksOf(response);
    const cited = contextTexts(blocks).filter((t) => titles.some((title) => t.includes(escapeMrkdwn(title))));
    expect(cited.length).toBeGreaterThan(0);
    for (const citation of cited) expect(citation).toContain(escapeMrkdwn(document?.title ?? ""));
    expect(buttonsOf(blocks).map((b) => b.action_id)).toContain(ACTION_IDS.share);
  });

  it("lists every source for /sources", async () => {
    await send(slashCommand({ command: SLASH_COMMANDS.sources, text: "", user_id: "UREAL5", response_url: h.slack.responseUrl("sources") }));
    const response = await waitFor(() => h.slack.callsTo("response")[0], 5000, "the /sources response");
    const all = sectionTexts(blocksOf(response)).join("\n");
    for (const title of titles) expect(all).toContain(escapeMrkdwn(title));
  });

  it("shows every source with its date and passage count, and the fact counts, on App Home", async () => {
    await send(eventCallback("EvR4", { type: "app_home_opened", user: "UREAL3", channel: "DREAL", tab: "home", event_ts: nextTs() }));
    const call = await waitFor(() => h.slack.callsTo("views.publish")[0], 5000, "views.publish");
    const all = [...sectionTexts((call.args["view"] as { blocks: Block[] }).blocks), ...contextTexts((call.args["view"] as { blocks: Block[] }).blocks)].join("\n");
    for (const source of engine.sources()) {
      expect(all).toContain(escapeMrkdwn(source.document.title));
      expect(all).toContain(`${source.passages} passages`);
      if (source.document.date !== null) expect(all).toContain(source.document.date);
    }
    const counts = engine.factCounts();
    expect(all).toContain(`Bodies: ${counts.body}`);
    expect(all).toContain(`Figures: ${counts.number}`);
  });
});
