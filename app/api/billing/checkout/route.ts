import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { BILLING_SESSION_ALLOWANCE } from "@/lib/billing/stripe/allowances";
import { startCandidateCheckout } from "@/lib/billing/stripe/checkout-service";
import { candidateCheckoutSchema } from "@/lib/billing/stripe/schemas";

/** Starts Stripe Checkout for Candidate Pro: `{ url }` to send the browser to; 409 when billing is off or already subscribed. */
export const POST = defineRoute(
  { name: "billing.checkout", auth: "user", input: candidateCheckoutSchema, limit: BILLING_SESSION_ALLOWANCE },
  async (ctx) => jsonResponse(await startCandidateCheckout(ctx), { "Cache-Control": "no-store" }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
