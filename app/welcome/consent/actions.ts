"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/api/define-action";
import { PRIVACY_CHANGES } from "@/lib/privacy/consents/allowances";
import { safeRedirectPath } from "@/lib/auth/schemas";
import { acceptCurrentTerms } from "@/lib/privacy/consents/consent-service";
import { termsAcceptanceSchema } from "@/lib/privacy/consents/schemas";

/** Accepts the current terms of use and privacy notice, then goes on to the page the user was heading for. */
export const acceptTermsAction = defineAction({ name: "consent.accept_terms", auth: "user", input: termsAcceptanceSchema, limit: PRIVACY_CHANGES }, async (ctx, input) => {
  await acceptCurrentTerms(ctx);
  redirect(safeRedirectPath(input.redirectTo));
});
