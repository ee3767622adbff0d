import type Stripe from "stripe";
import type { BillingProvider } from "../billing-provider";

/** What an event changes: the subscription state to write on the row of the payer who owns `customerId`. */
export type EventEffect = { customerId: string; subscription: Stripe.Subscription } | null;

/**
 * Reads what the event means, calling Stripe if the event's own copy is not enough. Runs before the transaction that
 * applies it, so no database transaction is held open across a call to Stripe.
 */
export type EventHandler = (event: Stripe.Event, provider: BillingProvider) => Promise<EventEffect>;
