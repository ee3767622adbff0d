/**
 * The payment provider the app's own services use while a Stripe test file runs. Route handlers build their services
 * from the process (getBillingProvider), so a test file points that at its local Stripe server with one line:
 *
 *   vi.mock("@/lib/billing/stripe/stripe-client", async (importOriginal) =>
 *     (await import("@/tests/helpers/stripe-process-provider")).withProcessProvider(await importOriginal()));
 *
 * useStripeServer() sets `processProvider.current` before each test; a test sets it to null for "billing is off".
 * This module imports nothing at run time, so the mock's factory can load it without loading the mocked module.
 */
import type { BillingProvider } from "@/lib/billing/stripe/billing-provider";

export const processProvider: { current: BillingProvider | null } = { current: null };

/** The real stripe-client module, with getBillingProvider answering `processProvider.current`. */
export function withProcessProvider<M extends object>(actual: M): M {
  return { ...actual, getBillingProvider: () => processProvider.current };
}
