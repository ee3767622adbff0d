/**
 * Whether this deployment bills (lib/env.ts decides: "stripe" only with a Stripe key). Read through this getter by
 * `defaultServices`, so the context carries the mode and a test turns billing on by passing `services.billing`, or
 * by mocking this one function for requests that go through the real wrappers.
 */
import "server-only";
import { adapters } from "@/lib/env";

export type BillingMode = "stripe" | "off";

export function getBillingMode(): BillingMode {
  return adapters.billing;
}
