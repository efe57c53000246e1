import { createBoundedCache } from "./bounded-cache.js";

/**
 * Per-user token bucket: `burst` questions at once, refilled at `perMinute`. The clock is
 * injected so tests can move time instead of waiting.
 */
export { createRateLimiter, type RateLimiter, type RateDecision };

type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

interface RateLimiter {
  take(key: string): RateDecision;
}

function createRateLimiter(options: { burst: number; perMinute: number; now: () => number; maxKeys?: number }): RateLimiter {
  const msPerToken = 60_000 / options.perMinute;
  // A bucket left alone long enough is full again, so forgetting it then changes nothing.
  const buckets = createBoundedCache<{ tokens: number; at: number }>({
    maxEntries: options.maxKeys ?? 10_000,
    ttlMs: msPerToken * options.burst,
    now: options.now,
  });
  return {
    take(key) {
      const now = options.now();
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: now };
      const tokens = Math.min(options.burst, bucket.tokens + (now - bucket.at) / msPerToken);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: now });
        return { ok: false, retryAfterMs: Math.ceil((1 - tokens) * msPerToken) };
      }
      buckets.set(key, { tokens: tokens - 1, at: now });
      return { ok: true };
    },
  };
}
