import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { orgPath } from "@/lib/orgs/org-paths";
import { organisationOverview } from "@/lib/orgs/organisation-service";
import { DeleteOrganisation } from "@/components/org/delete-organisation";
import { OrganisationSettingsForm } from "@/components/org/organisation-settings-form";

export const metadata: Metadata = { title: "Organisation settings" };

type Props = { params: Promise<{ slug: string }> };

/** Owners rename the organisation, move it to a new address, or delete it. */
export default definePage(
  { name: "org.settings", auth: "user", org: "organisation.manage", returnTo: async ({ params }: Props) => orgPath((await params).slug, "settings") },
  async (ctx) => {
    const organisation = await organisationOverview(ctx);
    return (
      <div className="max-w-xl space-y-6">
        <OrganisationSettingsForm key={`${organisation.name}/${organisation.slug}`} name={organisation.name} slug={organisation.slug} />
        <DeleteOrganisation name={organisation.name} slug={organisation.slug} />
      </div>
    );
  },
);
