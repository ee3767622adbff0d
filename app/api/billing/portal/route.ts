import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { BILLING_SESSION_ALLOWANCE } from "@/lib/billing/stripe/allowances";
import { openCandidatePortal } from "@/lib/billing/stripe/checkout-service";

/** Opens Stripe's Billing Portal for the caller's own subscription: `{ url }`; 409 before a first checkout or when billing is off. */
export const POST = defineRoute({ name: "billing.portal", auth: "user", limit: BILLING_SESSION_ALLOWANCE }, async (ctx) =>
  jsonResponse(await openCandidatePortal(ctx), { "Cache-Control": "no-store" }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
