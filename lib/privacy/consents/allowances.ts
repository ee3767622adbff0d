/** The rate limit on privacy changes (consents, retention, the terms), per user: the action wrapper charges it. */
import "server-only";
import { type Allowance, userAllowance } from "@/lib/ratelimit/allowance";
import { RATE_LIMIT_RULES } from "@/lib/ratelimit/rules";

export const PRIVACY_CHANGES: Allowance = {
  ...userAllowance(RATE_LIMIT_RULES.privacyChangesPerUser, "privacy changes an hour"),
  unavailable: "Privacy settings are briefly unavailable. Nothing was changed; please try again in a minute.",
};
