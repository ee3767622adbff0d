import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { definePage } from "@/lib/api/define-page";
import { safeRedirectPath } from "@/lib/auth/schemas";
import { needsTermsAcceptance } from "@/lib/privacy/consents/consent-view";
import { CONSENT_PAGE_NAME } from "@/lib/privacy/consents/terms-gate";
import { AcceptTermsForm } from "@/components/privacy/settings-accept-terms-form";

export const metadata: Metadata = { title: "Terms and privacy" };

type Props = { searchParams: Promise<{ redirect_url?: string }> };

/**
 * Where signed-in pages send a user who has not accepted the current terms: after a Clerk sign-in (Clerk's form has
 * no such checkbox), or when the terms changed since they last accepted.
 */
export default definePage({ name: CONSENT_PAGE_NAME, auth: "user", returnTo: () => "/welcome/consent" }, async (ctx, props: Props) => {
  const { redirect_url: redirectUrl } = await props.searchParams;
  // Already accepted (a second tab, the back button): nothing to ask, go on.
  if (!needsTermsAcceptance(ctx.principal.acceptedTermsVersion)) redirect(safeRedirectPath(redirectUrl));
  const renewed = ctx.principal.acceptedTermsVersion != null;
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-semibold">{renewed ? "Our terms have changed" : "Before you start"}</h1>
      <p className="text-sm text-slate-600">
        {renewed
          ? "The terms of use or the privacy notice changed since you last accepted them. Read them and accept to carry on."
          : "Read the terms of use and the privacy notice, and accept them to use Rehearse."}
      </p>
      <AcceptTermsForm redirectTo={safeRedirectPath(redirectUrl)} aiConfigured={ctx.services.ai !== null} />
    </div>
  );
});
