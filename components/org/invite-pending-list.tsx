import type { InviteView } from "@/lib/orgs/invites/views";
import { InviteRowActions } from "./invite-row-actions";
import { formatInviteDate, ROLE_LABELS } from "./invite-labels";

/** The organisation's pending invites, newest first, each with its expiry and (where the role allows) Resend and Revoke. */
export function InvitePendingList({ slug, invites }: { slug: string; invites: InviteView[] }) {
  return (
    <section aria-labelledby="pending-invites-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="pending-invites-heading" className="text-lg font-semibold">
        Pending invites
      </h2>
      {invites.length === 0 ? (
        <p className="text-slate-600">No invites are waiting for an answer.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {invites.map((invite) => (
            <li key={invite.id} className="space-y-2 py-3" data-testid="pending-invite">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <p className="font-medium break-all">{invite.email}</p>
                <p className="text-sm text-slate-600">{ROLE_LABELS[invite.role]}</p>
              </div>
              <p className="text-sm text-slate-600">
                {invite.state === "expired" ? (
                  <span className="font-medium text-amber-800">Expired {formatInviteDate(invite.expiresAt)}</span>
                ) : (
                  <>Expires {formatInviteDate(invite.expiresAt)}</>
                )}
                {invite.invitedBy ? <> · invited by {invite.invitedBy}</> : null}
              </p>
              {invite.manageable ? (
                <InviteRowActions slug={slug} inviteId={invite.id} email={invite.email} />
              ) : (
                <p className="text-sm text-slate-600">Only an owner can resend or revoke an invite for this role.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
