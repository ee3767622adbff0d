"use client";

import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

export type CheckoutRequest = { plan: "candidate_pro" } | { plan: "team"; orgSlug: string; seats: number };
/** Stripe's billing portal (change plan, seats, card; cancel): the candidate's own, or an organisation's. */
export type PortalRequest = { portal: "candidate" } | { portal: "team"; orgSlug: string };

/** Where each request goes: a candidate's own route, or the organisation's (its owner only; the route checks). */
function routeFor(request: CheckoutRequest | PortalRequest): { url: string; body: unknown } {
  if ("portal" in request) {
    const base = request.portal === "team" ? `/api/orgs/${encodeURIComponent(request.orgSlug)}/billing` : "/api/billing";
    return { url: `${base}/portal`, body: {} };
  }
  if (request.plan === "team") {
    return { url: `/api/orgs/${encodeURIComponent(request.orgSlug)}/billing/checkout`, body: { seats: request.seats } };
  }
  return { url: "/api/billing/checkout", body: { plan: request.plan } };
}

/** Asks the server for a Stripe page (Checkout or the billing portal → `{ url }`) and goes there. */
export function useCheckout() {
  const checkout = useApiMutation<{ url?: string }>({
    failed: "We could not open Stripe. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
    byStatus: { 401: "Sign in to manage billing." },
    holdOnSuccess: true,
  });

  async function start(request: CheckoutRequest | PortalRequest) {
    const route = routeFor(request);
    const result = await checkout.mutate(route.url, { method: "POST", ...jsonBody(route.body) });
    if (!result?.ok) return;
    const url = result.body?.url;
    // Only a web address: the answer is followed as is.
    if (url && /^https?:\/\//.test(url)) window.location.assign(url);
    else checkout.fail("We could not open Stripe. Please try again.");
  }

  return { start, pending: checkout.pending, error: checkout.error, limited: checkout.limited };
}
