import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { BILLING_SESSION_ALLOWANCE } from "@/lib/billing/stripe/allowances";
import { startTeamCheckout } from "@/lib/billing/stripe/checkout-service";
import { teamCheckoutSchema } from "@/lib/billing/stripe/schemas";

/** Starts Stripe Checkout for the Team plan with `seats` seats (the owner): `{ url }`; 409 when billing is off or already subscribed. */
export const POST = defineRoute(
  { name: "orgs.billing.checkout", auth: "user", org: "organisation.manage", input: teamCheckoutSchema, limit: BILLING_SESSION_ALLOWANCE },
  async (ctx, input) => jsonResponse(await startTeamCheckout(ctx, input), { "Cache-Control": "no-store" }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
