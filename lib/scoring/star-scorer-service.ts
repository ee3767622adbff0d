/**
 * The public STAR scorer. Its route charges the caller's hourly allowance first (keyed by a salted hash of the IP,
 * never the IP), so invalid requests count too and the endpoint cannot be probed for free; then it scores. Nothing
 * the visitor typed is stored or logged.
 */
import "server-only";
import type { RequestContext } from "@/lib/context/request-context";
import type { Allowance } from "@/lib/ratelimit/allowance";
import { RATE_LIMIT_RULES } from "@/lib/ratelimit/rules";
import { scoreWithFallback, starEngineFor } from "@/lib/scoring/star-engine";
import type { StarScoreRequest } from "@/lib/scoring/star-request";
import type { StarScore } from "@/lib/scoring/star-schema";

/** 5 scores an hour per client IP. */
export const STAR_SCORE_ALLOWANCE: Allowance = {
  rule: RATE_LIMIT_RULES.starScorePerIp,
  by: "ip",
  refusal: (limit, minutes) => `You have used all ${limit} free scores this hour. Try again in ${minutes} minutes.`,
  unavailable: "The scorer is briefly unavailable. Please try again in a minute.",
};

/**
 * What is left of the caller's allowance, for the page to show before the first request; null when the limiter's
 * store cannot be reached (the page then shows no count rather than failing).
 */
export async function peekStarScoreAllowance(
  ctx: RequestContext,
): Promise<{ limit: number; remaining: number; resetSeconds: number } | null> {
  try {
    const allowance = await ctx.services.limiter.peek(ctx.ipHash ?? "unknown", STAR_SCORE_ALLOWANCE.rule);
    return { ...allowance, resetSeconds: Math.max(0, Math.ceil((allowance.resetAt - ctx.now().getTime()) / 1000)) };
  } catch {
    return null;
  }
}

/** Scores an answer with the AI engine when configured (the rubric's score when it fails), else the rubric. */
export async function scoreStar(ctx: RequestContext, input: StarScoreRequest): Promise<StarScore> {
  const { score } = await scoreWithFallback(
    { answer: input.answer, question: input.question, signal: ctx.signal },
    starEngineFor(ctx.services.ai),
  );
  return score;
}
