/**
 * Per-user allowances for the practice loop (sessions per day, answers per hour). Keys are an HMAC of the user id,
 * never the id itself, because the limiter's store (Redis) sits outside the database's access rules.
 */
import { AppError } from "@/lib/api/app-error";
import { rateLimitHeaders } from "@/lib/api/rate-limit-headers";
import type { RateLimiter, RateLimitRule } from "@/lib/ratelimit/rate-limiter";
import { hashIp } from "@/lib/security/client-ip";

/** The limiter key for a user: `hashIp` is a plain HMAC-SHA256 with the server's secret, whatever it is fed. */
export function userRateLimitKey(userId: string): string {
  return hashIp(`user:${userId}`);
}

/**
 * Uses one unit of the user's allowance under `rule`, or throws: 429 with Retry-After past the limit, 503 when the
 * limiter's store is down (it fails closed, like the scorer: better to refuse than to run unmetered).
 */
export async function chargeUserAllowance(
  limiter: RateLimiter,
  userId: string,
  rule: RateLimitRule,
  what: string,
): Promise<Record<string, string>> {
  const result = await limiter.consume(userRateLimitKey(userId), rule).catch(() => {
    throw new AppError("unavailable", "Practice is briefly unavailable. Please try again in a minute.", {
      headers: { "Retry-After": "60" },
    });
  });
  const headers = rateLimitHeaders(result);
  if (!result.allowed) {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    throw new AppError(
      "rate_limited",
      `You have reached the limit of ${result.limit} ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      { headers },
    );
  }
  return headers;
}
