import { describe, expect, it } from "vitest";
import { createBoltLogger, redactSecrets } from "./bolt-logger.js";
import { createBoundedCache } from "./bounded-cache.js";
import { questionFromSlackText } from "./question-text.js";
import { createRateLimiter } from "./rate-limiter.js";
import { createWorkQueue } from "./work-queue.js";

describe("createBoundedCache", () => {
  it("forgets the least recently used entry and expired ones", () => {
    let now = 0;
    const cache = createBoundedCache<number>({ maxEntries: 2, ttlMs: 100, now: () => now });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([1, undefined, 3]);
    now = 150;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.claim("k", 1)).toBe(true);
    expect(cache.claim("k", 1)).toBe(false);
  });
});

describe("createRateLimiter", () => {
  it("allows a burst, then refills at the configured rate", () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 2, perMinute: 2, now: () => now });
    expect(limiter.take("u")).toEqual({ ok: true });
    expect(limiter.take("u")).toEqual({ ok: true });
    expect(limiter.take("u")).toEqual({ ok: false, retryAfterMs: 30_000 });
    expect(limiter.take("other")).toEqual({ ok: true });
    now = 30_000;
    expect(limiter.take("u")).toEqual({ ok: true });
  });
});

describe("createWorkQueue", () => {
  it("runs jobs in order on later turns and passes errors on", async () => {
    const queue = createWorkQueue();
    const order: number[] = [];
    const a = queue.run(() => order.push(1));
    const b = queue.run(() => {
      throw new Error("no");
    });
    const c = queue.run(() => order.push(2));
    expect(order).toEqual([]);
    await expect(b).rejects.toThrow("no");
    await Promise.all([a, c]);
    expect(order).toEqual([1, 2]);
  });
});

describe("questionFromSlackText", () => {
  it("drops the bot mention and undoes Slack's entity escaping", () => {
    expect(questionFromSlackText("<@UBOT> what is R&amp;D &lt;spend&gt;?")).toBe("what is R&D <spend>?");
    expect(questionFromSlackText("<@UX1>  hi")).toBe("hi");
  });

  it("drops mentions of people, channels and groups, and emoji, which are not words of the question", () => {
    expect(questionFromSlackText("hey <@UBOT|qa> ask <@U2> in <#C123|general> <!here> <!subteam^S1|@team>")).toBe("hey ask in");
    expect(questionFromSlackText(":wave: how many ICSs? :+1::skin-tone-2: 👍🏽")).toBe("how many ICSs?");
    expect(questionFromSlackText("at 10:30:00, ratio 1:2:3")).toBe("at 10:30:00, ratio 1:2:3");
  });

  it("reads a link as its label, or as the URL typed", () => {
    expect(questionFromSlackText("what does <https://x.example/r?a=1&amp;b=2|this report> say? see <https://x.example/r>")).toBe(
      "what does this report say? see https://x.example/r",
    );
    expect(questionFromSlackText("is &lt;http://x|y&gt; a link?")).toBe("is <http://x|y> a link?");
  });

  it("finds no question in a text without a letter or digit", () => {
    for (const empty of ["", "   ", "<@UBOT>", ":thinking_face:", "👋", "?!"]) expect(questionFromSlackText(empty)).toBe("");
  });
});

describe("createBoltLogger", () => {
  it("redacts tokens and the given secrets from every line", () => {
    const lines: string[] = [];
    const sink = (...m: unknown[]) => void lines.push(m.join(" "));
    const logger = createBoltLogger({ debug: sink, info: sink, warn: sink, error: sink }, ["s3cr3t-signing"]);
    logger.error("failed with", new Error("token xoxb-123-abc rejected"), { secret: "s3cr3t-signing" });
    logger.debug("hidden at info level");
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("xoxb-123-abc");
    expect(lines[0]).not.toContain("s3cr3t-signing");
    expect(redactSecrets("xapp-1-A-b", [])).toBe("xapp-[redacted]");
  });
});
