/**
 * Entry point of the rate-limit service: `getRateLimiter()` returns the process-wide limiter for the adapter that
 * lib/env chose (`upstash` when UPSTASH_REDIS_REST_URL is set, else `redis` when REDIS_URL is set, else `memory`).
 */
import "server-only";
import { adapters, env } from "@/lib/env";
import { createMemoryRateLimiter } from "./memory-limiter";
import { type ClosableRateLimiter, createRedisRateLimiter } from "./redis-limiter";
import type { RateLimiter } from "./types";
import { createUpstashRateLimiter } from "./upstash-limiter";

export { RATE_LIMIT_RULES } from "./rules";
export type { RateLimiter, RateLimitResult, RateLimitRule } from "./types";

// Cached on globalThis, not in a module variable: Next's dev server re-evaluates modules on edit, and a fresh memory
// limiter would forget every count (a fresh ioredis client would leak a connection).
const cache = globalThis as typeof globalThis & { __rehearseRateLimiter?: RateLimiter | ClosableRateLimiter };

function createFromEnv(): RateLimiter {
  switch (adapters.rateLimit) {
    case "upstash":
      // lib/env guarantees URL and token are set together.
      return createUpstashRateLimiter({ url: env.UPSTASH_REDIS_REST_URL!, token: env.UPSTASH_REDIS_REST_TOKEN! });
    case "redis":
      return createRedisRateLimiter(env.REDIS_URL!);
    case "memory":
      return createMemoryRateLimiter();
  }
}

/** The process-wide limiter, created on first call. */
export function getRateLimiter(): RateLimiter {
  cache.__rehearseRateLimiter ??= createFromEnv();
  return cache.__rehearseRateLimiter;
}

/** Closes the process-wide limiter's connection, if it has one; the next `getRateLimiter()` opens a fresh one. */
export async function closeRateLimiter(): Promise<void> {
  const limiter = cache.__rehearseRateLimiter;
  cache.__rehearseRateLimiter = undefined;
  if (limiter && "close" in limiter) await limiter.close();
}
