import Link from "next/link";
import type { OrganisationBillingView } from "@/lib/billing/organisation-billing-view";
import { PLANS } from "@/lib/billing/plans";
import { AFTER_PLAN_ENDS, renewalText } from "@/lib/billing/renewal-text";
import { CheckoutButton } from "./checkout-button";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The organisation's plan on its settings page: seats against members, renewal or end, and the ways to change it. */
export function OrganisationBilling({ view }: { view: OrganisationBillingView }) {
  const seatsLink = (
    <Link href={`/pricing?org=${encodeURIComponent(view.slug)}`} className="font-medium text-brand underline underline-offset-2">
      {view.onTeam ? "Change seats" : "Choose seats"}
    </Link>
  );
  return (
    <section aria-labelledby="organisation-billing" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="organisation-billing">
      <h2 id="organisation-billing" className="text-lg font-semibold">
        Billing
      </h2>
      {view.onTeam ? (
        <>
          <p className="text-sm text-slate-700">
            {PLANS.team.name}: {plural(view.seats, "seat")} for {plural(view.members, "member")}.
            {view.members > view.seats ? " Add seats before inviting more candidates; every member keeps their access." : ""}
          </p>
          {view.renewal ? (
            <p className="text-sm text-slate-700" data-testid="plan-renewal">
              {renewalText(PLANS.team.name, view.renewal.periodEnd, view.renewal.cancelAtPeriodEnd, AFTER_PLAN_ENDS.team)}
            </p>
          ) : null}
          <div className="flex flex-wrap items-start gap-3">
            <CheckoutButton label="Manage billing" request={{ portal: "team", orgSlug: view.slug }} />
            <p className="py-2 text-sm">{seatsLink}</p>
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-700">
          No {PLANS.team.name} plan: building assessments and inviting candidates are closed. Members keep their access and every
          result. {seatsLink}
        </p>
      )}
    </section>
  );
}
