/**
 * The invitee's side: the person holding a link reads the invite, then accepts or declines it. Nothing links by
 * email on its own: acceptance is an explicit request by a signed-in user whose email is the invite's.
 *
 * The link's token is the only key. Its hash goes into the database scope with no organisation, where row-level
 * security shows the one invite it opens (and that invite's organisation and inviter). Accepting then switches the
 * transaction into the organisation's scope, locks the invite and checks it again, so any number of concurrent
 * accepts make one membership and one audit event; a repeat accept answers the membership it already made.
 */
import "server-only";
import { addMemberUnlessPresent, closeInvite, findInviteByTokenHash, findInviteInOrganisation, findMembership, type HeldInvite } from "@/db/queries/organisation-invites";
import type { OrganisationInvite, OrganisationRole } from "@/db/schema";
import { type ScopedDb, scopedDb, switchScope } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import { syncSeats } from "@/lib/billing/stripe/seats";
import type { UserContext } from "@/lib/context/request-context";
import { emailMatchesInvite, hashInviteToken, inviteState, isWellFormedInviteToken } from "./token";
import type { HeldInviteView } from "./views";

const NO_SUCH_INVITE = "This invite link does not work. It may have been replaced by a newer invite: check your email for the latest one.";
const WRONG_EMAIL = "This invite was sent to a different email address. Sign in with the address the invite was sent to.";
const GONE: Record<string, string> = {
  expired: "This invite has expired. Ask the person who invited you to send it again.",
  revoked: "This invite was withdrawn by the organisation.",
  declined: "This invite was declined.",
  accepted: "This invite has already been used.",
};

export type AcceptedInvite = {
  membership: { organisation: { id: string; name: string; slug: string }; role: OrganisationRole };
};

/** The invite the link opens, as its holder sees it (any state); 404 when the token matches nothing. */
export async function describeInvite(ctx: UserContext, token: string): Promise<HeldInviteView> {
  const { invite, organisation, inviterName } = (await holdInvite(ctx, token)).held;
  // The user's own scope shows their own memberships: enough to ask "am I in this one already?".
  const membership = await findMembership(ctx.db, organisation.id, ctx.principal.user.id);
  return {
    organisation: { name: organisation.name, slug: organisation.slug },
    role: invite.role,
    invitedBy: inviterName,
    state: inviteState(invite, ctx.now()),
    expiresAt: invite.expiresAt.toISOString(),
    emailMatches: emailMatchesInvite(ctx.principal.user.email, invite.email),
    alreadyMember: membership !== null,
  };
}

/** The API's view of the link: as `describeInvite`, but an expired, revoked or declined invite is a 410. */
export async function viewInvite(ctx: UserContext, token: string): Promise<HeldInviteView> {
  const view = await describeInvite(ctx, token);
  if (view.state === "expired" || view.state === "revoked" || view.state === "declined") throw new AppError("gone", GONE[view.state]!);
  return view;
}

/**
 * Joins the organisation with the invite's role. 403 for another email (nothing changes), 410 for an invite that
 * expired, was revoked or declined; a second accept answers the same membership without a second row or event.
 */
export async function acceptInvite(ctx: UserContext, token: string): Promise<AcceptedInvite> {
  const { held, tokenDb, tokenHash } = await holdInvite(ctx, token);
  const { organisation } = held;
  const userId = ctx.principal.user.id;
  const accepted = await tokenDb.transaction(async (tx) => {
    const scoped = await switchScope(tx, { role: "app", userId, orgId: organisation.id, tokenHash });
    const invite = await recheck(ctx, scoped, held);
    if (invite.status === "accepted") {
      const existing = await findMembership(scoped, organisation.id, userId);
      if (!existing) throw new AppError("gone", GONE.accepted!);
      return { membership: { organisation, role: existing.role } };
    }
    refuseUnlessOpen(invite, ctx.now());
    const { member } = await addMemberUnlessPresent(scoped, { orgId: organisation.id, userId, role: invite.role });
    await closeInvite(scoped, organisation.id, invite.id, "accepted", ctx.now());
    await ctx.audit(
      {
        action: "invite.accept",
        targetType: "organisation_invite",
        targetId: invite.id,
        oldValues: { status: "pending" },
        newValues: { role: invite.role, status: "accepted", memberRole: member.role },
        orgId: organisation.id,
      },
      scoped,
    );
    return { membership: { organisation, role: member.role } };
  });
  await syncSeats(ctx, organisation.id, "join");
  return accepted;
}

/** Declines the invite; declining again is a no-op. 403 for another email, 410 once it expired, was revoked or used. */
export async function declineInvite(ctx: UserContext, token: string): Promise<{ state: "declined" }> {
  const { held, tokenDb, tokenHash } = await holdInvite(ctx, token);
  const { organisation } = held;
  return tokenDb.transaction(async (tx) => {
    const scoped = await switchScope(tx, { role: "app", userId: ctx.principal.user.id, orgId: organisation.id, tokenHash });
    const invite = await recheck(ctx, scoped, held);
    if (invite.status === "declined") return { state: "declined" as const };
    refuseUnlessOpen(invite, ctx.now());
    await closeInvite(scoped, organisation.id, invite.id, "declined", ctx.now());
    await ctx.audit(
      {
        action: "invite.decline",
        targetType: "organisation_invite",
        targetId: invite.id,
        oldValues: { status: "pending" },
        newValues: { role: invite.role, status: "declined" },
        orgId: organisation.id,
      },
      scoped,
    );
    return { state: "declined" as const };
  });
}

/** Reads the invite the token opens, through a handle that holds the token's hash and no organisation. */
async function holdInvite(ctx: UserContext, token: string): Promise<{ held: HeldInvite; tokenDb: ScopedDb; tokenHash: string }> {
  if (!isWellFormedInviteToken(token)) throw new AppError("not_found", NO_SUCH_INVITE);
  const tokenHash = hashInviteToken(token);
  const tokenDb = scopedDb(ctx.services.database, { role: "app", userId: ctx.principal.user.id, tokenHash });
  const held = await findInviteByTokenHash(tokenDb, tokenHash);
  if (!held) throw new AppError("not_found", NO_SUCH_INVITE);
  return { held, tokenDb, tokenHash };
}

/**
 * Locks the invite in the organisation's scope and reads it again: another request may have accepted, declined or
 * resent it (a new token) since it was first read. The email check comes first, so a stranger learns nothing more.
 */
async function recheck(ctx: UserContext, scoped: ScopedDb, held: HeldInvite): Promise<OrganisationInvite> {
  if (!emailMatchesInvite(ctx.principal.user.email, held.invite.email)) throw new AppError("forbidden", WRONG_EMAIL);
  const invite = await findInviteInOrganisation(scoped, held.organisation.id, held.invite.id, { lock: true });
  if (!invite || invite.tokenHash !== held.invite.tokenHash) throw new AppError("not_found", NO_SUCH_INVITE);
  return invite;
}

function refuseUnlessOpen(invite: OrganisationInvite, now: Date): void {
  const state = inviteState(invite, now);
  if (state !== "pending") throw new AppError("gone", GONE[state] ?? GONE.accepted!);
}
