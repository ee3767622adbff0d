/**
 * Deleting an organisation ends its Team subscription: its Stripe customer is deleted (Stripe cancels the
 * subscription with it) once the organisation's deletion has committed. The customer id is read before, since the
 * billing row goes with the organisation.
 */
import "server-only";
import { findBillingRow } from "@/db/queries/billing-webhook";
import { scopedDb } from "@/db/scoped";
import type { RequestContext } from "@/lib/context/request-context";
import { log } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/sentry-server";

/** The organisation's Stripe customer id, or null (billing off, or never checked out). */
export async function organisationCustomer(ctx: RequestContext, orgId: string): Promise<string | null> {
  if (!ctx.services.payments) return null;
  const row = await findBillingRow(scopedDb(ctx.services.database, { role: "system", job: "billing.customer" }), { kind: "organisation", id: orgId });
  return row?.customerId ?? null;
}

/** Deletes the customer after the organisation is gone; a failure is logged and reported, never thrown. */
export async function deleteOrganisationCustomer(ctx: RequestContext, customerId: string | null): Promise<void> {
  if (!customerId || !ctx.services.payments) return;
  try {
    await ctx.services.payments.deleteCustomer(customerId);
  } catch (error) {
    log.warn("billing_customer_delete_failed", { requestId: ctx.requestId, error: error instanceof Error ? error.name : "unknown" });
    reportError(error, { action: "billing.organisation_delete", requestId: ctx.requestId });
  }
}
