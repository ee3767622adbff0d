import "server-only";
import { type Allowance, userAllowance } from "@/lib/ratelimit/allowance";

/** Each checkout or portal request makes objects at Stripe: far above what paying needs, low enough to stop a script. */
export const BILLING_SESSION_ALLOWANCE: Allowance = userAllowance(
  { limit: 20, windowSeconds: 60 * 60, prefix: "ratelimit:billing:user" },
  "billing sessions an hour",
);
