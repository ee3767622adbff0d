import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { orgPath } from "@/lib/orgs/org-paths";
import { mayTransferOwnership } from "@/lib/orgs/member-controls";
import { listMembers } from "@/lib/orgs/members-service";
import { MemberList } from "@/components/org/member-list";
import { TransferOwnership } from "@/components/org/transfer-ownership";

export const metadata: Metadata = { title: "Members" };

type Props = { params: Promise<{ slug: string }> };

/** The organisation's members; role changes, removal, leaving and ownership transfer where the role allows them. */
export default definePage(
  { name: "org.members", auth: "user", org: "results.view", returnTo: async ({ params }: Props) => orgPath((await params).slug, "members") },
  async (ctx) => {
    const members = await listMembers(ctx);
    const { organisation, role } = ctx.principal;
    const candidates = members.filter((member) => member.role !== "owner").map((member) => ({ id: member.id, name: member.name }));
    return (
      <div className="space-y-6">
        <section aria-labelledby="members-heading" className="space-y-3">
          <h2 id="members-heading" className="text-lg font-semibold">
            Members ({members.length})
          </h2>
          <MemberList slug={organisation.slug} organisationName={organisation.name} viewerRole={role} members={members} />
        </section>
        {mayTransferOwnership(role) ? <TransferOwnership slug={organisation.slug} candidates={candidates} /> : null}
      </div>
    );
  },
);
