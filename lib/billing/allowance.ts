/**
 * The arithmetic behind entitlements, kept pure so its boundaries are unit-tested: which plan a payer is on at an
 * instant, which calendar month a use counts against, and what a plan allows a payer with so many seats.
 */
import { FREE_PLAN, type GatedFeature, type Metric, type Plan, PLANS, type PlanId } from "./plans";

/** The subscription columns a plan is decided from (a user_billing or organisation_billing row). */
export type SubscriptionState = {
  plan: string | null;
  status: string;
  quantity: number;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
};

/**
 * Stripe keeps a past_due subscription running while it retries the payment, so the plan holds too; every other
 * status (canceled, unpaid, incomplete, paused) has stopped it. A cancellation or downgrade scheduled for the period
 * end keeps the status "active" until then, which is what makes it take effect at the period end.
 */
const LIVE_STATUSES: ReadonlySet<string> = new Set(["active", "trialing", "past_due"]);

/** Whether the subscription still grants its plan at `now`. The period end is exclusive: at that instant it is over. */
export function isLive(state: SubscriptionState, now: Date): boolean {
  if (!LIVE_STATUSES.has(state.status)) return false;
  // Stripe always sends the period end; a row without one has not been told otherwise, so it is taken at its word.
  return state.currentPeriodEnd === null || state.currentPeriodEnd.getTime() > now.getTime();
}

function isPlanId(value: string | null): value is PlanId {
  return value !== null && Object.hasOwn(PLANS, value);
}

/**
 * The plan a payer of this audience is on at `now`: the subscription's while it is live and sold to that audience,
 * else the free plan (Candidate Free for a person; none for an organisation, which has no free hiring).
 */
export function effectivePlan(state: SubscriptionState | null, audience: Plan["audience"], now: Date): PlanId | null {
  if (state && isLive(state, now) && isPlanId(state.plan) && PLANS[state.plan].audience === audience) return state.plan;
  return FREE_PLAN[audience];
}

/** Paid seats: the subscription's quantity for a per-seat plan, otherwise one. */
export function seatsOf(plan: PlanId | null, state: SubscriptionState | null): number {
  if (!plan || !PLANS[plan].perSeat) return 1;
  return Math.max(0, state?.quantity ?? 0);
}

/** The monthly limit of `metric` on `plan` for that many seats; 0 when the plan does not include it. */
export function monthlyLimit(plan: PlanId | null, metric: Metric, seats: number): number {
  if (!plan) return 0;
  const allowance = PLANS[plan].allowances[metric] ?? 0;
  return PLANS[plan].perSeat ? allowance * seats : allowance;
}

export function featuresOf(plan: PlanId | null): readonly GatedFeature[] {
  return plan ? PLANS[plan].features : [];
}

/** What is left of a limit after `used` (never negative: a limit lowered by a downgrade may sit below the count). */
export function remaining(limit: number, used: number): number {
  return Math.max(0, limit - used);
}

/** Whether `amount` more uses fit: all or nothing, so a list of 12 does not fit in 11. */
export function fits(limit: number, used: number, amount: number): boolean {
  return amount > 0 && used + amount <= limit;
}

/** The first day (UTC) of the calendar month `now` falls in, as the usage tables key it: "YYYY-MM-01". */
export function periodStartOf(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}-01`;
}

/** When the month's allowance starts again: the first instant of the next calendar month (UTC). */
export function nextPeriodStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

/** More members than paid seats (a seat was removed at Stripe, or members joined before the quantity caught up). */
export function seatsExceeded(members: number, seats: number): boolean {
  return members > seats;
}
