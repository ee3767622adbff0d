import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { orgPath } from "@/lib/orgs/org-paths";
import { organisationBillingView } from "@/lib/billing/organisation-billing-view";
import { organisationOverview } from "@/lib/orgs/organisation-service";
import { OrganisationBilling } from "@/components/billing/organisation-billing";
import { DeleteOrganisation } from "@/components/org/delete-organisation";
import { OrganisationSettingsForm } from "@/components/org/organisation-settings-form";

export const metadata: Metadata = { title: "Organisation settings" };

type Props = { params: Promise<{ slug: string }> };

/** Owners rename the organisation, move it to a new address, see and change its plan (with billing on), or delete it. */
export default definePage(
  { name: "org.settings", auth: "user", org: "organisation.manage", returnTo: async ({ params }: Props) => orgPath((await params).slug, "settings") },
  async (ctx) => {
    const [organisation, billing] = await Promise.all([organisationOverview(ctx), organisationBillingView(ctx)]);
    return (
      <div className="max-w-xl space-y-6">
        <OrganisationSettingsForm key={`${organisation.name}/${organisation.slug}`} name={organisation.name} slug={organisation.slug} />
        {billing ? <OrganisationBilling view={billing} /> : null}
        <DeleteOrganisation name={organisation.name} slug={organisation.slug} />
      </div>
    );
  },
);
