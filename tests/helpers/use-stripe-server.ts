/**
 * Billing against a local Stripe: `useStripeServer` starts the local server and a provider over the real SDK pointed
 * at it, per test file (billing itself is turned on by stripe-env.ts), which is also the app's own provider in a file
 * that mocks stripe-client with stripe-process-provider.ts. Read `harness.*` inside tests only.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { BillingProvider } from "@/lib/billing/stripe/billing-provider";
import { stripeBillingProvider } from "@/lib/billing/stripe/stripe-client";
import { STRIPE_TEST_ENV } from "./stripe-env";
import { processProvider } from "./stripe-process-provider";
import { type StripeServer, startStripeServer } from "./stripe-server";

export function useStripeServer() {
  const harness = {} as { server: StripeServer; provider: BillingProvider };
  beforeAll(async () => {
    harness.server = await startStripeServer();
    // No retries: a scripted failure must reach the code under test, not be retried away.
    harness.provider = stripeBillingProvider({ secretKey: STRIPE_TEST_ENV.STRIPE_SECRET_KEY, apiUrl: harness.server.url, maxNetworkRetries: 0 });
  });
  afterAll(async () => {
    await harness.server?.close();
  });
  beforeEach(() => {
    harness.server.reset();
    // What the app's services get through a mocked getBillingProvider (stripe-process-provider.ts).
    processProvider.current = harness.provider;
  });
  return harness;
}
