/**
 * How often a user may export their data. An export reads every row they own, so it is the most expensive read the
 * app serves; three an hour covers a retry after a failed download and no more.
 */
import "server-only";
import type { Allowance } from "@/lib/ratelimit/allowance";
import type { RateLimitRule } from "@/lib/ratelimit/types";

export const ACCOUNT_EXPORT_RULE: RateLimitRule = { limit: 3, windowSeconds: 60 * 60, prefix: "ratelimit:account-export:user" };

export const ACCOUNT_EXPORT_ALLOWANCE: Allowance = {
  rule: ACCOUNT_EXPORT_RULE,
  by: "user",
  refusal: (limit, minutes) =>
    `You can download your data ${limit} times an hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  unavailable: "Exports are briefly unavailable. Please try again in a minute.",
};
