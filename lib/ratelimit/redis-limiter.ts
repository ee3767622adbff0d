/**
 * The `redis` adapter: `@upstash/ratelimit` over a real Redis (REDIS_URL) through ioredis. Used locally and in CI, so
 * the production library and its Lua scripts are exercised without an Upstash account.
 */
import "server-only";
import { Redis } from "ioredis";
import { log } from "@/lib/observability/logger";
import { createLibraryRateLimiter } from "./library-limiter";
import { createRedisScriptClient } from "./redis-script-client";
import type { RateLimiter } from "./types";

/** A limiter that owns a connection; `close()` is for tests, scripts and the bench. */
export type ClosableRateLimiter = RateLimiter & { close(): Promise<void> };

/** Creates the Redis-backed limiter on its own ioredis connection to `url` (redis:// or rediss://). */
export function createRedisRateLimiter(url: string): ClosableRateLimiter {
  const redis = new Redis(url, {
    // ioredis's defaults queue a command through 20 reconnect attempts; a request should not hang that long on a rate
    // limit, so fail fast and let the caller answer 503.
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 2_000,
  });
  // Without a listener ioredis prints every reconnect failure as an unhandled error; one structured line instead.
  // Only the message: the URL may carry a password.
  redis.on("error", (error: Error) => log.warn("ratelimit.redis_error", { message: error.message }));

  const limiter = createLibraryRateLimiter(createRedisScriptClient(redis));
  return {
    consume: (key, rule) => limiter.consume(key, rule),
    peek: (key, rule) => limiter.peek(key, rule),
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
