/**
 * How often one person may generate questions from a job description: each request may call the AI, which costs
 * money and time. Generous for building a few assessments an hour, low enough that the route cannot be used as a
 * free question-writing service.
 */
import "server-only";
import type { Allowance } from "@/lib/ratelimit/allowance";
import type { RateLimitRule } from "@/lib/ratelimit/types";

export const GENERATIONS_PER_USER: RateLimitRule = { limit: 30, windowSeconds: 60 * 60, prefix: "ratelimit:assessments:generate:user" };

export const GENERATE_ALLOWANCE: Allowance = {
  rule: GENERATIONS_PER_USER,
  by: "user",
  refusal: (limit, minutes) =>
    `You have generated questions ${limit} times in the last hour, the most allowed. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  unavailable: "Generating questions is briefly unavailable. Please try again in a minute.",
};
