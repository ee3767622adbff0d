/**
 * `customer.subscription.created`, `.updated` and `.deleted`: the event carries the subscription as it was when the
 * event was made; the row takes it only if nothing newer was applied (the event's `created` against the row's
 * `stripe_state_at`). A deleted subscription arrives with status `canceled`: Stripe sends it at the period end for a
 * cancellation the payer scheduled, so the plan holds until then.
 */
import "server-only";
import type Stripe from "stripe";
import { customerIdOf } from "../subscription-state";
import type { EventHandler } from "./types";

export const subscriptionChanged: EventHandler = async (event) => {
  const subscription = event.data.object as Stripe.Subscription;
  const customerId = customerIdOf(subscription.customer);
  return customerId ? { customerId, subscription } : null;
};
