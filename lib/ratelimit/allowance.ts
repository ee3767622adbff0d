/**
 * Charging an allowance: one unit of a rate-limit rule, for a user or for a client IP, refused with a 429 that says
 * how long to wait. The route and action wrappers call this for the `limit` they declare; keys are always hashed,
 * because the limiter's store (Redis) sits outside the database's access rules.
 */
import "server-only";
import { AppError } from "@/lib/api/app-error";
import { rateLimitHeaders } from "@/lib/api/rate-limit-headers";
import { hashIp } from "@/lib/security/client-ip";
import type { RateLimiter, RateLimitRule } from "./types";

export type Allowance = {
  rule: RateLimitRule;
  /**
   * Whose allowance: the signed-in user's, the client IP's (public routes), or, for candidate links, both the IP's
   * and the token's (one unit under each key), so neither many links from one place nor one link from many places
   * runs unmetered.
   */
  by: "user" | "ip" | "ip-and-token";
  /** The 429's message. */
  refusal(limit: number, minutes: number): string;
  /** The 503's message when the limiter's store is down. */
  unavailable: string;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A per-user allowance whose refusal reads "You have reached the limit of 20 new sessions a day. Try again in …". */
export function userAllowance(rule: RateLimitRule, what: string): Allowance {
  return {
    rule,
    by: "user",
    refusal: (limit, minutes) => `You have reached the limit of ${limit} ${what}. Try again in ${plural(minutes, "minute")}.`,
    unavailable: "Practice is briefly unavailable. Please try again in a minute.",
  };
}

/** The limiter key for a candidate link: an HMAC of the token's hash. */
export function tokenRateLimitKey(tokenHash: string): string {
  return hashIp(`token:${tokenHash}`);
}

/** The limiter key for a user: an HMAC of the id, never the id itself. */
export function userRateLimitKey(userId: string): string {
  return hashIp(`user:${userId}`);
}

/**
 * Uses one unit of the allowance under `key`, or throws: 429 with Retry-After past the limit, 503 when the limiter's
 * store is down (it fails closed: better to refuse than to run unmetered). Returns the RateLimit-* headers.
 */
export async function chargeAllowance(limiter: RateLimiter, key: string, allowance: Allowance): Promise<Record<string, string>> {
  const result = await limiter.consume(key, allowance.rule).catch(() => {
    throw new AppError("unavailable", allowance.unavailable, { headers: { "Retry-After": "60" } });
  });
  const headers = rateLimitHeaders(result);
  if (!result.allowed) {
    throw new AppError("rate_limited", allowance.refusal(result.limit, Math.ceil(result.retryAfterSeconds / 60)), { headers });
  }
  return headers;
}
