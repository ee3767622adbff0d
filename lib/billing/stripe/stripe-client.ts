/**
 * The Stripe adapter: the `stripe` SDK, built here and nowhere else, from values lib/env read (the key, and
 * STRIPE_API_URL split into the SDK's host, port and protocol so tests and local runs reach a server of our own).
 * Telemetry is off: Stripe learns nothing about our requests beyond the requests themselves.
 */
import "server-only";
import Stripe from "stripe";
import { adapters, env } from "@/lib/env";
import { type BillingOwner, type BillingProvider, ownerReference } from "./billing-provider";

/** Network retries use idempotency keys the SDK adds, so a retried create makes one object. */
const MAX_NETWORK_RETRIES = 2;
/** A browser waits on checkout and portal calls: a stalled Stripe must fail fast, not after the SDK's 80 s. */
const TIMEOUT_MS = 15_000;

export type StripeClientOptions = {
  /** Defaults to STRIPE_SECRET_KEY. */
  secretKey?: string;
  /** Defaults to STRIPE_API_URL, else Stripe's API. Tests pass their local server's URL. */
  apiUrl?: string;
  maxNetworkRetries?: number;
};

/** The SDK's connection options for an API URL such as `http://127.0.0.1:4242`. Exported for tests. */
export function connectionFor(apiUrl: string | undefined): { host?: string; port?: number; protocol?: "http" | "https" } {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { host: url.hostname, port: Number(url.port || (protocol === "http" ? 80 : 443)), protocol };
}

export function createStripeSdk(options: StripeClientOptions = {}): Stripe {
  const secretKey = options.secretKey ?? env.STRIPE_SECRET_KEY;
  if (!secretKey) throw new Error("The Stripe client needs a secret key (STRIPE_SECRET_KEY).");
  return new Stripe(secretKey, {
    ...connectionFor(options.apiUrl ?? env.STRIPE_API_URL),
    maxNetworkRetries: options.maxNetworkRetries ?? MAX_NETWORK_RETRIES,
    timeout: TIMEOUT_MS,
    telemetry: false,
    appInfo: { name: "rehearse" },
  });
}

const metadataFor = (owner: BillingOwner) => ({ owner: ownerReference(owner) });

function isMissing(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeError && (error.statusCode === 404 || error.code === "resource_missing");
}

export function stripeBillingProvider(options: StripeClientOptions = {}): BillingProvider {
  const stripe = createStripeSdk(options);
  return {
    async createCustomer({ email, owner }) {
      const customer = await stripe.customers.create({ email, metadata: metadataFor(owner) });
      return { id: customer.id };
    },
    async createCheckoutSession(input) {
      const session = await stripe.checkout.sessions.create({
        mode: "subscription",
        customer: input.customerId,
        client_reference_id: ownerReference(input.owner),
        line_items: [{ price: input.priceId, quantity: input.quantity }],
        metadata: metadataFor(input.owner),
        subscription_data: { metadata: metadataFor(input.owner) },
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
      });
      if (!session.url) throw new Error("Stripe answered a Checkout Session without a URL.");
      return { id: session.id, url: session.url };
    },
    async createPortalSession({ customerId, returnUrl }) {
      const session = await stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl });
      return { url: session.url };
    },
    async updateSubscriptionQuantity(subscriptionId, quantity) {
      const subscription = await stripe.subscriptions.retrieve(subscriptionId);
      const item = subscription.items.data[0];
      if (!item) throw new Error("The subscription has no item to set a quantity on.");
      // Seats added mid-period are charged pro rata on the next invoice, not at once.
      return stripe.subscriptions.update(subscriptionId, {
        items: [{ id: item.id, quantity }],
        proration_behavior: "create_prorations",
      });
    },
    retrieveSubscription: (subscriptionId) => stripe.subscriptions.retrieve(subscriptionId),
    async deleteCustomer(customerId) {
      try {
        await stripe.customers.del(customerId);
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}

let provider: BillingProvider | undefined;

/** The provider lib/env chose: Stripe with STRIPE_SECRET_KEY (one client per process), null when billing is off. */
export function getBillingProvider(): BillingProvider | null {
  if (adapters.billing !== "stripe") return null;
  provider ??= stripeBillingProvider();
  return provider;
}
