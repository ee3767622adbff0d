import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { readBodyText } from "@/lib/api/read-body";
import { jsonResponse } from "@/lib/api/responses";
import { handleStripeWebhook } from "@/lib/billing/stripe/webhook-service";

/** Stripe's events are a few KB; a body past this is not one of them. */
const MAX_EVENT_BYTES = 512 * 1024;

/**
 * Stripe's webhook endpoint. The body is read raw, since the signature covers its exact bytes: 400 for a missing, wrong
 * or expired signature, 404 when billing is off, 500 when applying fails (Stripe retries), else 200.
 */
export const POST = defineRoute({ name: "webhooks.stripe", auth: "public", body: "raw" }, async (ctx, _input, { request }) => {
  const rawBody = await readBodyText(request, MAX_EVENT_BYTES);
  const result = await handleStripeWebhook(ctx, { rawBody, signature: request.headers.get("stripe-signature") });
  return jsonResponse(result);
});

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
