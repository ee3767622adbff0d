import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { describeInvite } from "@/lib/orgs/invites/invite-acceptance";
import { formatInviteDate, ROLE_HINTS, ROLE_LABELS } from "@/components/org/invite-labels";
import { InviteResponse } from "@/components/org/invite-response";
import { InviteStateNotice } from "@/components/org/invite-state-notice";

// The token is in the URL: no Referer carries it to another site.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/**
 * An invite link: who invited the signed-in user into which organisation, as what, with Accept and Decline. A
 * signed-out visitor signs in (or up) and comes back here. Nothing happens until they press a button.
 */
export default definePage(
  { name: "invite.view", auth: "user", returnTo: async (props: Props) => `/invite/${encodeURIComponent((await props.params).token)}` },
  async (ctx, props: Props) => {
    const { token } = await props.params;
    const invite = await describeInvite(ctx, token);
    const members = `/org/${encodeURIComponent(invite.organisation.slug)}/members`;
    return (
      <section aria-labelledby="invite-heading" className="mx-auto max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h1 id="invite-heading" className="text-2xl font-semibold break-words">
          Join {invite.organisation.name}
        </h1>
        <p>
          {invite.invitedBy ?? "A member"} invited you to join <strong>{invite.organisation.name}</strong> on Rehearse as{" "}
          <strong>{ROLE_LABELS[invite.role]}</strong> ({ROLE_HINTS[invite.role]}).
        </p>
        {invite.state === "pending" && invite.emailMatches ? (
          <>
            <p className="text-sm text-slate-600">This invite works until {formatInviteDate(invite.expiresAt)}.</p>
            <InviteResponse token={token} slug={invite.organisation.slug} organisationName={invite.organisation.name} />
          </>
        ) : (
          <InviteStateNotice state={invite.state} emailMatches={invite.emailMatches} signedInAs={ctx.principal.user.email} />
        )}
        {invite.alreadyMember ? (
          <Link href={members} className="inline-block font-medium text-brand underline underline-offset-2">
            Go to {invite.organisation.name}
          </Link>
        ) : null}
      </section>
    );
  },
);
