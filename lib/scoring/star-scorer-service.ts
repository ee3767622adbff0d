/**
 * The public STAR scorer: charge the caller's hourly allowance (keyed by a salted hash of the IP, never the IP),
 * then score. Invalid requests are charged too, so the endpoint cannot be probed for free. Nothing the visitor typed
 * is stored or logged.
 */
import { AppError } from "@/lib/api/app-error";
import { parseInput } from "@/lib/api/validation";
import { rateLimitHeaders } from "@/lib/api/rate-limit-headers";
import { getRateLimiter, RATE_LIMIT_RULES } from "@/lib/ratelimit/rate-limiter";
import { clientIpFrom, hashIp } from "@/lib/security/client-ip";
import { scoreWithFallback } from "@/lib/scoring/star-engine";
import { starScoreRequestSchema } from "@/lib/scoring/star-request";
import type { StarScore } from "@/lib/scoring/star-schema";

/** Charges one request to the caller's IP; throws a 429 AppError (with Retry-After) past the limit. */
export async function chargeStarScoreAllowance(requestHeaders: Headers): Promise<Record<string, string>> {
  const key = hashIp(clientIpFrom(requestHeaders));
  // The limiter fails closed: if its store is down we refuse with 503 rather than score unmetered.
  const result = await getRateLimiter()
    .consume(key, RATE_LIMIT_RULES.starScorePerIp)
    .catch(() => {
      throw new AppError("unavailable", "The scorer is briefly unavailable. Please try again in a minute.", {
        headers: { "Retry-After": "60" },
      });
    });
  const headers = rateLimitHeaders(result);
  if (!result.allowed) {
    throw new AppError(
      "rate_limited",
      `You have used all ${result.limit} free scores this hour. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes.`,
      { headers },
    );
  }
  return headers;
}

/** The visitor's allowance this hour, without using any; null when the store cannot say (the page then stays vague). */
export async function peekStarScoreAllowance(
  requestHeaders: Headers,
): Promise<{ limit: number; remaining: number; resetSeconds: number } | null> {
  try {
    const allowance = await getRateLimiter().peek(hashIp(clientIpFrom(requestHeaders)), RATE_LIMIT_RULES.starScorePerIp);
    return { ...allowance, resetSeconds: Math.max(0, Math.ceil((allowance.resetAt - Date.now()) / 1000)) };
  } catch {
    return null;
  }
}

/**
 * Validates a parsed JSON body and scores it with the configured engine. The AI engine falls back to the rubric on any
 * failure, and the result's `engine` says which one answered.
 */
export async function scoreStarRequest(body: unknown, signal?: AbortSignal): Promise<StarScore> {
  const input = parseInput(starScoreRequestSchema, body);
  const { score } = await scoreWithFallback({ answer: input.answer, question: input.question, signal });
  return score;
}
