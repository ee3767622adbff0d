/**
 * Stripe's webhooks: verified over the raw body, an allow-list of event types, and each event applied at most once.
 *
 * An event's id is recorded in `stripe_events` in the same transaction as its effect on the payer's billing row, so a
 * redelivery finds the id and changes nothing, and a failure rolls both back: the route answers 500 and Stripe's
 * retry applies the event whole. Every other event type is acknowledged and ignored.
 */
import "server-only";
import type Stripe from "stripe";
import { applySubscriptionState, findOwnerByCustomer, isStripeEventRecorded, recordStripeEvent } from "@/db/queries/billing-webhook";
import { scopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import type { RequestContext } from "@/lib/context/request-context";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import type { BillingProvider } from "./billing-provider";
import { checkoutCompleted } from "./events/checkout-completed";
import { invoiceSettled } from "./events/invoice-settled";
import { subscriptionChanged } from "./events/subscription-changed";
import type { EventHandler } from "./events/types";
import { subscriptionState } from "./subscription-state";
import { verifyStripeEvent } from "./webhook-signature";

const HANDLERS: Readonly<Record<string, EventHandler>> = {
  "checkout.session.completed": checkoutCompleted,
  "customer.subscription.created": subscriptionChanged,
  "customer.subscription.updated": subscriptionChanged,
  "customer.subscription.deleted": subscriptionChanged,
  "invoice.paid": invoiceSettled,
  "invoice.payment_failed": invoiceSettled,
};

/**
 * - `ignored`: a type we do not handle, or one that concerns no subscription or a customer we never created;
 *   `duplicate`: already applied; `stale`: older than what the row holds; `applied`: the row changed.
 */
export type WebhookOutcome = "ignored" | "duplicate" | "stale" | "applied";

export type WebhookInput = { rawBody: string; signature: string | null };

export async function handleStripeWebhook(ctx: RequestContext, input: WebhookInput): Promise<{ received: true; outcome: WebhookOutcome }> {
  const provider = ctx.services.payments;
  const secret = env.STRIPE_WEBHOOK_SECRET;
  if (!provider || !secret) throw new AppError("not_found", "Billing is not set up on this server.");
  const event = verifyStripeEvent(input.rawBody, input.signature, secret, ctx.now());
  const outcome = await applyEvent(ctx, event, provider);
  log.info("stripe_webhook", { requestId: ctx.requestId, eventId: event.id, type: event.type, outcome });
  return { received: true, outcome };
}

async function applyEvent(ctx: RequestContext, event: Stripe.Event, provider: BillingProvider): Promise<WebhookOutcome> {
  const handler = HANDLERS[event.type];
  if (!handler) return "ignored";
  const db = scopedDb(ctx.services.database, { role: "system", job: "billing.webhook" });
  // Saves a call to Stripe for a redelivery; the insert below is what actually guarantees once.
  if (await isStripeEventRecorded(db, event.id)) return "duplicate";
  const effect = await handler(event, provider);
  return db.transaction(async (tx) => {
    if (!(await recordStripeEvent(tx, { id: event.id, type: event.type, createdAt: new Date(event.created * 1000) }))) return "duplicate";
    if (!effect) return "ignored";
    const owner = await findOwnerByCustomer(tx, effect.customerId);
    if (!owner) return "ignored";
    const changed = await applySubscriptionState(tx, owner, subscriptionState(effect.subscription), new Date(event.created * 1000));
    return changed ? "applied" : "stale";
  });
}
