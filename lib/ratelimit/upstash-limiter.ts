/** The `upstash` adapter (production): `@upstash/ratelimit` over Upstash's REST API. */
import "server-only";
import { Redis } from "@upstash/redis";
import { createLibraryRateLimiter } from "./library-limiter";
import type { RateLimiter } from "./types";

/** Creates the Upstash-backed limiter. REST is stateless HTTP, so there is no connection to close. */
export function createUpstashRateLimiter(config: { url: string; token: string }): RateLimiter {
  // Telemetry off: it only adds SDK/platform headers to every request, and nothing here needs Upstash to know them.
  const redis = new Redis({ url: config.url, token: config.token, enableTelemetry: false });
  return createLibraryRateLimiter(redis);
}
