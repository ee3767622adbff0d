"use client";

import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

export type CheckoutRequest = { plan: "candidate_pro" } | { plan: "team"; orgSlug: string; seats: number };

/** Asks the server for a Stripe Checkout page (POST /api/billing/checkout → `{ url }`) and goes there. */
export function useCheckout() {
  const checkout = useApiMutation<{ url?: string }>({
    failed: "We could not start the checkout. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
    byStatus: { 401: "Sign in to upgrade." },
    holdOnSuccess: true,
  });

  async function start(request: CheckoutRequest) {
    const result = await checkout.mutate("/api/billing/checkout", { method: "POST", ...jsonBody(request) });
    if (!result?.ok) return;
    const url = result.body?.url;
    // Only a web address: the answer is followed as is.
    if (url && /^https?:\/\//.test(url)) window.location.assign(url);
    else checkout.fail("We could not start the checkout. Please try again.");
  }

  return { start, pending: checkout.pending, error: checkout.error, limited: checkout.limited };
}
