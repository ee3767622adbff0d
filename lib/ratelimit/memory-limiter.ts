/**
 * In-process fixed-window limiter, the local adapter when no Redis is configured.
 *
 * SINGLE PROCESS ONLY: each Node process (each serverless instance, each `next start` worker) counts on its own, so N
 * processes admit up to N × limit. Fine for development and a single-instance deployment; production uses Upstash.
 */
import {
  assertValidRequest,
  type RateLimiter,
  type RateLimitResult,
  type RateLimitRule,
  toResult,
  windowResetAt,
} from "./types";

type Window = { count: number; resetAt: number };

/** Options for `createMemoryRateLimiter`; the defaults suit the app, tests shrink them. */
export type MemoryRateLimiterOptions = {
  /** Hard cap on tracked keys; past it the oldest-inserted window is dropped. Default 100 000. */
  maxEntries?: number;
  /** How often expired windows are swept, in ms. Default 60 000. */
  sweepIntervalMs?: number;
  /** Clock, injectable for tests. Default `Date.now`. */
  now?: () => number;
};

/** A memory limiter; `size()` reports tracked windows so tests can prove expiry keeps memory bounded. */
export type MemoryRateLimiter = RateLimiter & { size(): number };

/** Creates an in-process limiter with the same fixed-window semantics as the Redis adapters. */
export function createMemoryRateLimiter(options: MemoryRateLimiterOptions = {}): MemoryRateLimiter {
  const maxEntries = options.maxEntries ?? 100_000;
  const sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
  const now = options.now ?? Date.now;
  // Map keeps insertion order, which makes "drop the oldest" O(1) when the cap is hit.
  const windows = new Map<string, Window>();
  let nextSweepAt = now() + sweepIntervalMs;

  // Swept lazily from consume rather than by a timer: no interval to unref or clear, nothing runs while idle, and the
  // O(n) pass is paid at most once per interval.
  function sweep(at: number): void {
    if (at < nextSweepAt) return;
    nextSweepAt = at + sweepIntervalMs;
    for (const [id, window] of windows) if (window.resetAt <= at) windows.delete(id);
  }

  function consumeNow(key: string, rule: RateLimitRule): RateLimitResult {
    assertValidRequest(key, rule);
    const at = now();
    sweep(at);
    // Epoch-aligned buckets, as @upstash/ratelimit's fixedWindow does, so every adapter resets at the same instant.
    const resetAt = windowResetAt(at, rule);
    const id = `${rule.prefix}:${key}`;
    let window = windows.get(id);
    if (!window || window.resetAt <= at) {
      windows.delete(id); // re-inserted below, so insertion order tracks the newest window
      window = { count: 0, resetAt };
      windows.set(id, window);
      if (windows.size > maxEntries) {
        // An attacker spraying keys can evict others' counters, but only after sweeping fails to make room; the cap
        // trades that for a memory ceiling, and the oldest window is the likeliest to be idle.
        const oldest = windows.keys().next().value;
        if (oldest !== undefined) windows.delete(oldest);
      }
    }
    window.count += 1;
    return toResult({
      allowed: window.count <= rule.limit,
      limit: rule.limit,
      remaining: rule.limit - window.count,
      resetAt: window.resetAt,
      now: at,
    });
  }

  return {
    // Read, decide and write happen in one synchronous turn with no await in between, so concurrent callers in this
    // process are serialised by the event loop and the count is exact.
    consume: async (key, rule) => consumeNow(key, rule),
    peek: async (key, rule) => {
      assertValidRequest(key, rule);
      const at = now();
      const window = windows.get(`${rule.prefix}:${key}`);
      const used = window && window.resetAt > at ? window.count : 0;
      return { limit: rule.limit, remaining: Math.max(0, rule.limit - used), resetAt: windowResetAt(at, rule) };
    },
    size: () => windows.size,
  };
}
