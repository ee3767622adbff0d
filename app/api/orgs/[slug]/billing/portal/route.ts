import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { BILLING_SESSION_ALLOWANCE } from "@/lib/billing/stripe/allowances";
import { openTeamPortal } from "@/lib/billing/stripe/checkout-service";

/** Opens Stripe's Billing Portal for the organisation's subscription (the owner): `{ url }`. */
export const POST = defineRoute(
  { name: "orgs.billing.portal", auth: "user", org: "organisation.manage", limit: BILLING_SESSION_ALLOWANCE },
  async (ctx) => jsonResponse(await openTeamPortal(ctx), { "Cache-Control": "no-store" }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
