import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { PLANS } from "@/lib/billing/plans";
import { pricingView } from "@/lib/billing/pricing-view";
import { AFTER_PLAN_ENDS, renewalText } from "@/lib/billing/renewal-text";
import { CheckoutButton } from "@/components/billing/checkout-button";
import { PlanCard } from "@/components/billing/plan-card";
import { TeamCheckoutForm } from "@/components/billing/team-checkout-form";

export const metadata: Metadata = { title: "Pricing" };

type Props = { searchParams: Promise<{ org?: string | string[] }> };

/**
 * The plans and what each includes, from lib/billing/plans.ts (the numbers the server enforces). Upgrade buttons only
 * when this deployment bills; `?org=<slug>` (from a hiring 402) puts that organisation first in the Team form.
 */
export default definePage({ name: "pricing", auth: "optional" }, async (ctx, props: Props) => {
  const { org } = await props.searchParams;
  const view = await pricingView(ctx, typeof org === "string" ? org : undefined);
  const selling = view.billing === "stripe";
  const signIn = (
    <Link href="/sign-in?redirect_url=%2Fpricing" className="font-medium text-brand underline underline-offset-2">
      Sign in to upgrade
    </Link>
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Pricing</h1>
        <p className="mt-1 text-slate-600">
          {selling
            ? "Downgrades and cancellations take effect at the end of the period you paid for, and nothing you saved is deleted."
            : "Billing is off on this deployment: every feature below is open to everyone, and nothing is counted."}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <PlanCard plan={PLANS.candidate_free} current={view.currentPlan === "candidate_free"} />
        <PlanCard plan={PLANS.candidate_pro} current={view.currentPlan === "candidate_pro"}>
          {selling && view.currentPlan === "candidate_free" ? <CheckoutButton label="Upgrade to Pro" /> : null}
          {selling && view.currentPlan === "candidate_pro" && view.renewal ? (
            <p className="mb-2 text-sm text-slate-700" data-testid="plan-renewal">
              {renewalText(PLANS.candidate_pro.name, view.renewal.periodEnd, view.renewal.cancelAtPeriodEnd, AFTER_PLAN_ENDS.candidate_pro)}
            </p>
          ) : null}
          {selling && view.currentPlan === "candidate_pro" ? (
            <CheckoutButton label="Manage billing" request={{ portal: "candidate" }} />
          ) : null}
          {selling && !view.signedIn ? signIn : null}
        </PlanCard>
        <PlanCard plan={PLANS.team} current={false}>
          {selling && view.organisations.length > 0 ? <TeamCheckoutForm organisations={view.organisations} /> : null}
          {selling && !view.signedIn ? signIn : null}
          {selling && view.signedIn && view.organisations.length === 0 ? (
            <p className="text-sm text-slate-600">
              <Link href="/org/new" className="font-medium text-brand underline underline-offset-2">
                Create an organisation
              </Link>{" "}
              to buy seats; only its owners can.
            </p>
          ) : null}
        </PlanCard>
      </div>
    </div>
  );
});
