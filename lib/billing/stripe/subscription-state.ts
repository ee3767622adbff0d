/**
 * A Stripe subscription as our billing row holds it: the plan from its price (STRIPE_PRICE_*), its status, seats,
 * period end, and whether it ends at that period end. Pure apart from the price ids lib/env read.
 */
import "server-only";
import type Stripe from "stripe";
import type { SubscriptionState } from "@/db/queries/billing-webhook";
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from "@/db/schema";
import { planForPrice } from "./prices";

/** A status this code does not know: the event fails (500) and Stripe retries it, rather than guess what it grants. */
export class UnknownSubscriptionStatusError extends Error {
  constructor(status: string) {
    super(`Unknown Stripe subscription status: ${status.slice(0, 40)}`);
    this.name = "UnknownSubscriptionStatusError";
  }
}

function isKnownStatus(status: string): status is SubscriptionStatus {
  return (SUBSCRIPTION_STATUSES as readonly string[]).includes(status) && status !== "none";
}

const fromUnixSeconds = (seconds: number | null | undefined) => (typeof seconds === "number" ? new Date(seconds * 1000) : null);

export function subscriptionState(subscription: Stripe.Subscription): SubscriptionState {
  if (!isKnownStatus(subscription.status)) throw new UnknownSubscriptionStatusError(subscription.status);
  // Our subscriptions have one item: Candidate Pro, or the Team seat price with its quantity.
  const item = subscription.items?.data?.[0];
  return {
    subscriptionId: subscription.id,
    plan: planForPrice(item?.price?.id),
    status: subscription.status,
    quantity: item?.quantity ?? 1,
    // On the item since API version 2025-03-31; webhook endpoints on an older version still send it on the subscription.
    currentPeriodEnd: fromUnixSeconds(item?.current_period_end ?? (subscription as { current_period_end?: number }).current_period_end),
    // The portal's "cancel" sets cancel_at (the period end) on newer API versions, cancel_at_period_end on older ones.
    cancelAtPeriodEnd: subscription.cancel_at_period_end || subscription.cancel_at != null,
  };
}

/** The customer id of a Stripe object that names one (expanded or not). */
export function customerIdOf(customer: string | { id: string } | null | undefined): string | null {
  if (!customer) return null;
  return typeof customer === "string" ? customer : customer.id;
}
