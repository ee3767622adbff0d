/**
 * The `RateLimiter` shared by the Upstash and Redis adapters: `@upstash/ratelimit`'s fixed window over any client that
 * speaks `eval`/`evalsha` (the Upstash REST client, or ioredis wrapped by `createRedisScriptClient`).
 *
 * Exactness comes from the library's Lua script: INCRBY and the limit check run atomically inside Redis, so concurrent
 * callers, in this process or any other, are serialised by the server.
 */
import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import type { ScriptRedis } from "./redis-script-client";
import { assertValidRequest, type RateLimiter, type RateLimitRule, toResult, windowResetAt } from "./types";

type LibraryRedis = ConstructorParameters<typeof Ratelimit>[0]["redis"];

/** Blocked-identifier cache handed to the library; capped because the library never sweeps it. */
class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly maxEntries: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.maxEntries) {
      // Forgetting a block is safe: that identifier's next call simply asks Redis again.
      const oldest = this.keys().next().value;
      if (oldest !== undefined) this.delete(oldest);
    }
    return super.set(key, value);
  }
}

/** Creates a limiter that keeps one `Ratelimit` instance per rule on top of `redis`. */
export function createLibraryRateLimiter(redis: ScriptRedis): RateLimiter {
  // Rules are a fixed, small set in code, so this map stays tiny; it keeps each instance's blocked-key cache alive.
  const instances = new Map<string, Ratelimit>();

  function instanceFor(rule: RateLimitRule): Ratelimit {
    const id = `${rule.prefix}\n${rule.limit}\n${rule.windowSeconds}`;
    let instance = instances.get(id);
    if (!instance) {
      instance = new Ratelimit({
        // The library's type asks for get/set too, but only its dynamic-limit helpers (off here) call them.
        redis: redis as unknown as LibraryRedis,
        prefix: rule.prefix,
        limiter: Ratelimit.fixedWindow(rule.limit, `${rule.windowSeconds} s`),
        // The library's timeout resolves as ALLOWED (limit 0) when the store is slow: a silent fail-open. Off, so a
        // store failure surfaces as an error and the route wrapper decides (503 rather than unmetered AI calls).
        timeout: 0,
        analytics: false,
        enableTelemetry: false,
        // Once Redis refuses a key, the instance answers for it locally until the window resets, saving round trips
        // (and Upstash commands) under a flood. Same answer Redis would give: the fixed window only grows.
        ephemeralCache: new BoundedMap<string, number>(10_000),
      });
      instances.set(id, instance);
    }
    return instance;
  }

  return {
    async consume(key, rule) {
      assertValidRequest(key, rule);
      const response = await instanceFor(rule).limit(key);
      return toResult({
        allowed: response.success,
        limit: response.limit,
        remaining: response.remaining,
        resetAt: response.reset,
        now: Date.now(),
      });
    },
    async peek(key, rule) {
      assertValidRequest(key, rule);
      // The library's read-only script: the window's count, nothing incremented.
      const { remaining } = await instanceFor(rule).getRemaining(key);
      return { limit: rule.limit, remaining: Math.max(0, remaining), resetAt: windowResetAt(Date.now(), rule) };
    },
  };
}
