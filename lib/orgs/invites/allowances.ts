/**
 * How many invite emails one person may send: every invite and every resend sends one, so both routes charge the
 * same allowance. Generous for a team filling its seats, low enough that the app cannot be used to mail-bomb.
 */
import "server-only";
import type { Allowance } from "@/lib/ratelimit/allowance";
import type { RateLimitRule } from "@/lib/ratelimit/types";

export const INVITE_EMAILS_PER_USER: RateLimitRule = { limit: 50, windowSeconds: 60 * 60, prefix: "ratelimit:invites:user" };

export const INVITE_ALLOWANCE: Allowance = {
  rule: INVITE_EMAILS_PER_USER,
  by: "user",
  refusal: (limit, minutes) =>
    `You have sent ${limit} invites in the last hour, the most allowed. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  unavailable: "Invites are briefly unavailable. Please try again in a minute.",
};
