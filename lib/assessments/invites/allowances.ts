/**
 * How often one person may send candidate invites: every invite (or list of up to 100) and every resend sends
 * email, so both routes charge this. Counted per request, so a full list costs one, like a single invite.
 */
import "server-only";
import type { Allowance } from "@/lib/ratelimit/allowance";
import type { RateLimitRule } from "@/lib/ratelimit/types";

export const CANDIDATE_INVITES_PER_USER: RateLimitRule = { limit: 60, windowSeconds: 60 * 60, prefix: "ratelimit:candidate-invites:user" };

export const CANDIDATE_INVITE_ALLOWANCE: Allowance = {
  rule: CANDIDATE_INVITES_PER_USER,
  by: "user",
  refusal: (limit, minutes) =>
    `You have sent candidate invites ${limit} times in the last hour, the most allowed. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  unavailable: "Inviting candidates is briefly unavailable. Please try again in a minute.",
};
