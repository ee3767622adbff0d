import type { ReactNode } from "react";
import { definePage } from "@/lib/api/define-page";
import { ROLE_LABELS } from "@/lib/orgs/member-controls";
import { organisationOverview } from "@/lib/orgs/organisation-service";
import { OrganisationNav } from "@/components/org/organisation-nav";

type Props = { children: ReactNode; params: Promise<{ slug: string }> };

/** Every organisation page: its name, the member's role, and the sections their role opens. Non-members get a 404. */
export default definePage(
  { name: "org.layout", auth: "user", org: "results.view", returnTo: async ({ params }: Props) => `/org/${(await params).slug}/members` },
  async (ctx, { children }: Props) => {
    const organisation = await organisationOverview(ctx);
    return (
      <div className="space-y-6">
        <div className="space-y-3">
          <div>
            <h1 className="text-2xl font-semibold break-words">{organisation.name}</h1>
            <p className="text-sm text-slate-600">Your role: {ROLE_LABELS[organisation.role]}</p>
          </div>
          <OrganisationNav slug={organisation.slug} role={organisation.role} />
        </div>
        {children}
      </div>
    );
  },
);
