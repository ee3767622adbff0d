/**
 * `checkout.session.completed`: the payer finished Checkout. The session names the subscription only by id, so it is
 * read from Stripe as it is now (its status, seats and period), which is never older than the event.
 */
import "server-only";
import type Stripe from "stripe";
import { customerIdOf } from "../subscription-state";
import type { EventHandler } from "./types";

export const checkoutCompleted: EventHandler = async (event, provider) => {
  const session = event.data.object as Stripe.Checkout.Session;
  const customerId = customerIdOf(session.customer);
  const subscriptionId = typeof session.subscription === "string" ? session.subscription : session.subscription?.id;
  if (session.mode !== "subscription" || !customerId || !subscriptionId) return null;
  return { customerId, subscription: await provider.retrieveSubscription(subscriptionId) };
};
