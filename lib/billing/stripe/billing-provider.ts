/**
 * What the product asks of its payment provider, and nothing more: the Stripe adapter (stripe-client.ts) is the only
 * implementation, and tests point it at a local server instead of mocking it. Each call sends the least Stripe needs:
 * an email and our own ids, never a name, CV text, answers or scores.
 */
import type Stripe from "stripe";

/** Who pays: a candidate for themselves, or an organisation per seat. Our ids, sent to Stripe as metadata. */
export type BillingOwner = { kind: "user"; id: string } | { kind: "organisation"; id: string };

export type CheckoutRequest = {
  customerId: string;
  priceId: string;
  quantity: number;
  owner: BillingOwner;
  successUrl: string;
  cancelUrl: string;
};

export interface BillingProvider {
  /** A customer holding only the payer's email and our owner id. */
  createCustomer(input: { email: string; owner: BillingOwner }): Promise<{ id: string }>;
  /** A Checkout Session for a new subscription; the caller sends the browser to `url`. */
  createCheckoutSession(input: CheckoutRequest): Promise<{ id: string; url: string }>;
  /** The Billing Portal, where the payer changes or cancels; the caller sends the browser to `url`. */
  createPortalSession(input: { customerId: string; returnUrl: string }): Promise<{ url: string }>;
  /** Sets the seat count of a single-item subscription; answers the subscription as Stripe now holds it. */
  updateSubscriptionQuantity(subscriptionId: string, quantity: number): Promise<Stripe.Subscription>;
  retrieveSubscription(subscriptionId: string): Promise<Stripe.Subscription>;
  /** Deletes the customer (which cancels its subscriptions); a customer already gone counts as deleted. */
  deleteCustomer(customerId: string): Promise<void>;
}

/** The owner id as Stripe carries it (client_reference_id and metadata), e.g. `user:<uuid>`. */
export function ownerReference(owner: BillingOwner): string {
  return `${owner.kind}:${owner.id}`;
}
