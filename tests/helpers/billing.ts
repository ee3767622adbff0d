/**
 * Billing state for integration tests, seeded as the Stripe webhook would leave it (the raw handle, past row-level
 * security), so entitlement tests do not depend on the webhook's code. Usage rows likewise: "9 of 10 used" is one row.
 */
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { organisationBilling, organisationUsage, userBilling, userUsage } from "@/db/schema";
import type { SubscriptionState } from "@/lib/billing/allowance";
import type { Metric } from "@/lib/billing/plans";

type Subscription = Partial<SubscriptionState>;

const DAY_MS = 24 * 60 * 60 * 1000;

function subscriptionValues(subscription: Subscription, plan: string) {
  return {
    stripeCustomerId: `cus_${randomUUID()}`,
    stripeSubscriptionId: `sub_${randomUUID()}`,
    plan: subscription.plan === undefined ? plan : subscription.plan,
    status: (subscription.status ?? "active") as "active",
    quantity: subscription.quantity ?? 1,
    currentPeriodEnd: subscription.currentPeriodEnd === undefined ? new Date(Date.now() + 30 * DAY_MS) : subscription.currentPeriodEnd,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd ?? false,
  };
}

/** The user's subscription row (Candidate Pro, active for 30 more days, unless told otherwise). */
export async function seedUserSubscription(userId: string, subscription: Subscription = {}): Promise<void> {
  const raw = await getDb();
  await raw.insert(userBilling).values({ userId, ...subscriptionValues(subscription, "candidate_pro") });
}

/** The organisation's subscription row (Team, one seat, active for 30 more days, unless told otherwise). */
export async function seedOrganisationSubscription(orgId: string, subscription: Subscription = {}): Promise<void> {
  const raw = await getDb();
  await raw.insert(organisationBilling).values({ orgId, ...subscriptionValues(subscription, "team") });
}

/** This month's usage of `metric` set to `used`, for a user or an organisation. */
export async function seedUsage(owner: { userId: string } | { orgId: string }, metric: Metric, periodStart: string, used: number): Promise<void> {
  const raw = await getDb();
  if ("userId" in owner) await raw.insert(userUsage).values({ userId: owner.userId, metric, periodStart, used });
  else await raw.insert(organisationUsage).values({ orgId: owner.orgId, metric, periodStart, used });
}
