/**
 * Stripe's side of the webhooks, for tests: events shaped as Stripe sends them, signed with the SDK's own
 * `stripe.webhooks.generateTestHeaderString`, and delivered to the route (through the proxy) as Stripe would POST them.
 */
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { STRIPE_TEST_ENV } from "./stripe-env";
import type { StripeServer } from "./stripe-server";

/** The endpoint secret lib/env holds in tests. */
export const WEBHOOK_SECRET = STRIPE_TEST_ENV.STRIPE_WEBHOOK_SECRET;
export const WEBHOOK_URL = "http://localhost:3000/api/webhooks/stripe";

let lastCreated = 0;
/** Event times that increase with every event made, so "newer" is always defined, even within one second. */
function nextCreated(): number {
  lastCreated = Math.max(lastCreated + 1, Math.floor(Date.now() / 1000));
  return lastCreated;
}

export function stripeEvent(type: string, object: unknown, options: { created?: number; id?: string } = {}): Stripe.Event {
  return {
    id: options.id ?? `evt_${randomBytes(12).toString("hex")}`,
    object: "event",
    type,
    created: options.created ?? nextCreated(),
    api_version: Stripe.API_VERSION,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: structuredClone(object) },
  } as unknown as Stripe.Event;
}

export type SignOptions = {
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** null sends no Stripe-Signature header at all. */
  header?: string | null;
};

/** The POST Stripe would make for `payload`, signed (or not) as told. */
export function webhookRequest(payload: string, options: SignOptions = {}): Request {
  const header =
    options.header !== undefined
      ? options.header
      : Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? WEBHOOK_SECRET, timestamp: options.timestamp });
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" };
  if (header !== null) headers["stripe-signature"] = header;
  return new Request(WEBHOOK_URL, { method: "POST", headers, body: payload });
}

export type Deliver = (request: Request) => Promise<Response>;

/** An invoice of the subscription, in the shape of API versions since 2025-03 (`parent.subscription_details`). */
export function invoiceFor(subscription: Stripe.Subscription): unknown {
  return {
    id: `in_${randomBytes(12).toString("hex")}`,
    object: "invoice",
    customer: subscription.customer,
    parent: { type: "subscription_details", subscription_details: { subscription: subscription.id, metadata: subscription.metadata } },
  };
}

export function webhookSender(deliver: Deliver, secret = WEBHOOK_SECRET) {
  const send = (event: Stripe.Event, options: Omit<SignOptions, "secret"> = {}) =>
    deliver(webhookRequest(JSON.stringify(event), { ...options, secret }));
  return {
    send,
    /**
     * The payer finishes Checkout: Stripe makes the subscription, then sends its events in the order it usually does
     * (subscription created, checkout completed, first invoice paid). Answers the subscription and each response.
     */
    async completeCheckout(server: StripeServer, sessionId: string) {
      const subscription = server.completeCheckout(sessionId);
      const session = server.sessions.get(sessionId)!;
      const responses = [
        await send(stripeEvent("customer.subscription.created", subscription)),
        await send(stripeEvent("checkout.session.completed", session)),
        await send(stripeEvent("invoice.paid", invoiceFor(subscription))),
      ];
      return { subscription, responses };
    },
    /**
     * The payer changes the subscription in the portal (or its period ends): Stripe changes it, then sends
     * `customer.subscription.updated`, or `.deleted` once it is canceled. Answers the new copy and the response.
     */
    async changeSubscription(server: StripeServer, id: string, change: Parameters<StripeServer["changeSubscription"]>[1]) {
      const subscription = server.changeSubscription(id, change);
      const type = subscription.status === "canceled" ? "customer.subscription.deleted" : "customer.subscription.updated";
      return { subscription, response: await send(stripeEvent(type, subscription)) };
    },
  };
}
