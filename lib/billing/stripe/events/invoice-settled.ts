/**
 * `invoice.paid` and `invoice.payment_failed`: a renewal went through (a new period) or failed (Stripe moves the
 * subscription to past_due or unpaid by its retry settings). The invoice names its subscription only by id, so the
 * subscription is read from Stripe as it is now. Invoices not made by a subscription change nothing.
 */
import "server-only";
import type Stripe from "stripe";
import { customerIdOf } from "../subscription-state";
import type { EventHandler } from "./types";

export const invoiceSettled: EventHandler = async (event, provider) => {
  const invoice = event.data.object as Stripe.Invoice;
  // `parent.subscription_details` since API version 2025-03-31; endpoints on an older version send `subscription`.
  const parent = invoice.parent?.subscription_details?.subscription ?? (invoice as { subscription?: string | null }).subscription;
  const subscriptionId = typeof parent === "string" ? parent : parent?.id;
  const customerId = customerIdOf(invoice.customer);
  if (!subscriptionId || !customerId) return null;
  return { customerId, subscription: await provider.retrieveSubscription(subscriptionId) };
};
