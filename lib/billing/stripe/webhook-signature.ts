/**
 * Verifies a Stripe webhook over its raw body with the endpoint secret, using the SDK's own check (HMAC-SHA256 of
 * `timestamp.body`, compared in constant time, timestamp within five minutes so a captured delivery cannot be
 * replayed later). Any failure is a 400 that names no detail an attacker could use.
 */
import "server-only";
import Stripe from "stripe";
import { AppError } from "@/lib/api/app-error";

/** Stripe's default: a signature older than this is refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function verifyStripeEvent(rawBody: string, signature: string | null, secret: string, now: Date): Stripe.Event {
  if (!signature) throw new AppError("invalid_input", "The Stripe-Signature header is missing.");
  try {
    return Stripe.webhooks.constructEvent(rawBody, signature, secret, SIGNATURE_TOLERANCE_SECONDS, undefined, now.getTime());
  } catch {
    throw new AppError("invalid_input", "The Stripe signature does not match this body, or it has expired.");
  }
}
