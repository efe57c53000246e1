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
  it("drops the bot mention, keeps others and undoes Slack's entity escaping", () => {
    expect(questionFromSlackText("<@UBOT> what is R&amp;D &lt;spend&gt;?", "UBOT")).toBe("what is R&D <spend>?");
    expect(questionFromSlackText("hey <@UBOT|qa> ask <@U2>", "UBOT")).toBe("hey ask <@U2>");
    expect(questionFromSlackText("<@UX1>  hi", undefined)).toBe("hi");
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
