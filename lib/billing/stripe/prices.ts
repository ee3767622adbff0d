/**
 * Which Stripe price sells which plan: the ids come from the environment (STRIPE_PRICE_*), the plans from
 * lib/billing/plans.ts. A price we do not know maps to no plan, so a subscription to it unlocks nothing.
 */
import "server-only";
import type { PlanId } from "@/lib/billing/plans";
import { env } from "@/lib/env";

export type PaidPlan = Exclude<PlanId, "candidate_free">;

export function priceFor(plan: PaidPlan): string {
  const price = plan === "team" ? env.STRIPE_PRICE_TEAM_SEAT : env.STRIPE_PRICE_CANDIDATE_PRO;
  // lib/env refuses to start with a Stripe key and no prices, so this only fires when billing is off.
  if (!price) throw new Error(`No Stripe price is configured for ${plan}.`);
  return price;
}

export function planForPrice(priceId: string | null | undefined): PaidPlan | null {
  if (!priceId) return null;
  if (priceId === env.STRIPE_PRICE_CANDIDATE_PRO) return "candidate_pro";
  if (priceId === env.STRIPE_PRICE_TEAM_SEAT) return "team";
  return null;
}
