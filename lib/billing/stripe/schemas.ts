/** Inputs of the billing routes, shared by the routes and the forms that call them. */
import { z } from "zod";

/** A Team subscription's first seat count; the member count at least (checked by the service). */
export const MAX_SEATS = 500;

export const teamCheckoutSchema = z.strictObject({
  seats: z.number().int().min(1).max(MAX_SEATS),
});
export type TeamCheckoutInput = z.infer<typeof teamCheckoutSchema>;

export const candidateCheckoutSchema = z.strictObject({
  plan: z.literal("candidate_pro"),
});
export type CandidateCheckoutInput = z.infer<typeof candidateCheckoutSchema>;
