import type { OrganisationRole } from "@/db/schema/organisations";
import { memberControls, ROLE_LABELS } from "@/lib/orgs/member-controls";
import type { MemberView } from "@/lib/orgs/members-service";
import { LeaveOrganisation } from "./leave-organisation";
import { MemberRoleSelect } from "./member-role-select";
import { RemoveMember } from "./remove-member";

type Props = { slug: string; organisationName: string; viewerRole: OrganisationRole; members: MemberView[] };

const joined = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** The members, one card each (a table would not fit 375 px), with only the controls the viewer's role allows. */
export function MemberList({ slug, organisationName, viewerRole, members }: Props) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="member-list">
      {members.map((member) => {
        const controls = memberControls(viewerRole, member);
        return (
          <li key={member.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="font-medium break-words">
                {member.name}
                {member.isYou ? <span className="ml-1 text-sm font-normal text-slate-600">(you)</span> : null}
              </p>
              <p className="text-sm break-all text-slate-600">{member.email}</p>
              <p className="text-sm text-slate-600">
                {ROLE_LABELS[member.role]} · joined {joined(member.joinedAt)}
              </p>
            </div>
            <div className="flex flex-wrap items-start gap-2">
              {controls.roleChoices.length > 0 ? (
                <MemberRoleSelect slug={slug} memberId={member.id} memberName={member.name} role={member.role} choices={controls.roleChoices} />
              ) : null}
              {controls.canRemove ? <RemoveMember slug={slug} memberId={member.id} memberName={member.name} /> : null}
              {controls.canLeave ? <LeaveOrganisation slug={slug} name={organisationName} /> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
