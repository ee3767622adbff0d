import type { RateLimitResult } from "@/lib/ratelimit/rate-limiter";

/** The IETF RateLimit-* fields (Reset in seconds from now), plus Retry-After when refused. */
export function rateLimitHeaders(result: RateLimitResult, now: number = Date.now()): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(result.remaining),
    "RateLimit-Reset": String(Math.max(0, Math.ceil((result.resetAt - now) / 1000))),
  };
  if (!result.allowed) headers["Retry-After"] = String(result.retryAfterSeconds);
  return headers;
}
