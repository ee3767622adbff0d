/** What the invite routes answer and the pages show: the stored rows minus the token hash. */
import "server-only";
import type { OrganisationInvite, OrganisationRole } from "@/db/schema";
import { mayManageRole } from "@/lib/orgs/permissions";
import { type InviteState, inviteState } from "./token";

/** An invite as its organisation's managers see it. */
export type InviteView = {
  id: string;
  email: string;
  role: OrganisationRole;
  state: InviteState;
  expiresAt: string;
  createdAt: string;
  /** The inviter's display name or email; null once their account is gone. */
  invitedBy: string | null;
  /** Whether the viewer's role may resend or revoke it (a manager may not touch an invite to be a manager). */
  manageable: boolean;
};

export function inviteView(
  invite: OrganisationInvite,
  viewer: { role: OrganisationRole; now: Date },
  invitedBy: string | null = null,
): InviteView {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    state: inviteState(invite, viewer.now),
    expiresAt: invite.expiresAt.toISOString(),
    createdAt: invite.createdAt.toISOString(),
    invitedBy,
    manageable: mayManageRole(viewer.role, invite.role),
  };
}

/** The answer to an invite or a resend: the invite, its link, and whether the email went out. */
export type SentInvite = { invite: InviteView; link: string; emailSent: boolean };

/** An invite as the person holding its link sees it: who asked them to join what, and whether it still works. */
export type HeldInviteView = {
  organisation: { name: string; slug: string };
  role: OrganisationRole;
  invitedBy: string | null;
  state: InviteState;
  expiresAt: string;
  /** Whether the signed-in user's email is the one invited; when false, accepting is refused. */
  emailMatches: boolean;
  /** Whether the signed-in user is already a member (an accepted invite, or joined another way). */
  alreadyMember: boolean;
};
