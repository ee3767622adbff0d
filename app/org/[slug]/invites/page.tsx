import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { orgPath } from "@/lib/orgs/org-paths";
import { listInvites } from "@/lib/orgs/invites/invite-service";
import { usageView } from "@/lib/billing/usage-view";
import { INVITE_VALID_DAYS } from "@/lib/orgs/invites/token";
import { grantableRoles } from "@/lib/orgs/permissions";
import { InviteForm } from "@/components/org/invite-form";
import { InvitePendingList } from "@/components/org/invite-pending-list";
import { AllowanceMeter } from "@/components/billing/allowance-meter";

export const metadata: Metadata = { title: "Invites" };

type Props = { params: Promise<{ slug: string }> };

/** Invite people into the organisation and look after the invites still waiting for an answer. Owners and managers. */
export default definePage(
  {
    name: "org.invites",
    auth: "user",
    org: "reviewers.manage",
    returnTo: async (props: Props) => orgPath((await props.params).slug, "invites"),
  },
  async (ctx) => {
    const { organisation, role } = ctx.principal;
    const [invites, usage] = await Promise.all([listInvites(ctx), usageView(ctx, "assessment_invites")]);
    return (
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-semibold">Invites</h1>
          <p className="mt-1 text-slate-600">
            Invite people to {organisation.name} by email. Each link works once, for {INVITE_VALID_DAYS} days, and only for the
            address it was sent to.
          </p>
        </div>
        {usage ? <AllowanceMeter usage={usage} /> : null}
        <InviteForm slug={organisation.slug} roles={grantableRoles(role)} />
        <InvitePendingList slug={organisation.slug} invites={invites} />
      </div>
    );
  },
);
