/**
 * Inviting people into an organisation, as one of its owners or managers: list the pending invites, invite an email
 * with a role, resend (a new token and seven more days; the old link stops working) and revoke.
 *
 * Every change is one transaction with its audit event (roles and statuses, never the email); the email is sent
 * after it commits, so a provider outage costs the email, not the invite.
 */
import "server-only";
import {
  closeInvite,
  findInviteInOrganisation,
  findPendingInviteForEmail,
  insertInvite,
  isMemberWithEmail,
  listPendingInvites,
  replaceInviteToken,
} from "@/db/queries/organisation-invites";
import type { OrganisationInvite, OrganisationRole } from "@/db/schema";
import type { ScopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import type { MemberContext } from "@/lib/context/request-context";
import { mayManageRole } from "@/lib/orgs/permissions";
import { inviteLink, sendInviteEmail } from "./invite-email";
import { type CreateInviteInput, inviteIdSchema } from "./schemas";
import { inviteExpiresAt, inviteState, newInviteToken } from "./token";
import { type InviteView, inviteView, type SentInvite } from "./views";

const INVITE_NOT_FOUND = "No such invite in this organisation.";
export const ALREADY_PENDING =
  "This email already has a pending invite to the organisation. Resend that invite instead of making a new one.";

function refuseUnlessMayManage(ctx: MemberContext, role: OrganisationRole, verb: string): void {
  if (!mayManageRole(ctx.principal.role, role)) {
    throw new AppError("forbidden", `Your role in this organisation cannot ${verb} someone as ${role === "owner" ? "an owner" : `a ${role}`}.`);
  }
}

function inviterName(ctx: MemberContext): string {
  return ctx.principal.user.displayName?.trim() || ctx.principal.user.email;
}

const viewer = (ctx: MemberContext) => ({ role: ctx.principal.role, now: ctx.now() });

/** The organisation's pending invites, newest first; expired ones are included (marked) so they can be resent. */
export async function listInvites(ctx: MemberContext): Promise<InviteView[]> {
  const rows = await listPendingInvites(ctx.db, ctx.principal.organisation.id);
  return rows.map((row) => inviteView(row, viewer(ctx), row.inviterName));
}

/**
 * Invites `email` as `role`: 403 for a role the inviter may not grant, 409 for someone already a member or an email
 * with a pending invite (an expired one is revoked first, so a new invite can replace it).
 */
export async function createInvite(ctx: MemberContext, input: CreateInviteInput): Promise<SentInvite> {
  refuseUnlessMayManage(ctx, input.role, "invite");
  const orgId = ctx.principal.organisation.id;
  const now = ctx.now();
  const { token, tokenHash } = newInviteToken();
  const invite = await ctx.db.transaction(async (tx) => {
    if (await isMemberWithEmail(tx, orgId, input.email)) {
      throw new AppError("conflict", "Someone with this email is already a member of the organisation.");
    }
    const pending = await findPendingInviteForEmail(tx, orgId, input.email);
    if (pending && inviteState(pending, now) === "pending") throw new AppError("conflict", ALREADY_PENDING);
    if (pending) await revoke(ctx, tx, pending, now, "expired");
    const created = await insertInvite(tx, { orgId, email: input.email, role: input.role, tokenHash, invitedByUserId: ctx.principal.user.id, expiresAt: inviteExpiresAt(now) });
    // Another request invited the same email between our check and this insert.
    if (!created) throw new AppError("conflict", ALREADY_PENDING);
    await ctx.audit({ action: "organisation.invite", targetType: "organisation_invite", targetId: created.id, newValues: { role: created.role, status: "pending" } }, tx);
    return created;
  });
  return deliver(ctx, invite, token);
}

/** Resends a pending invite (expired or not) with a new token and a new expiry; the old link then matches nothing. */
export async function resendInvite(ctx: MemberContext, inviteId: string): Promise<SentInvite> {
  const orgId = ctx.principal.organisation.id;
  const now = ctx.now();
  const { token, tokenHash } = newInviteToken();
  const invite = await ctx.db.transaction(async (tx) => {
    const current = await lockedInvite(tx, orgId, inviteId);
    refuseUnlessMayManage(ctx, current.role, "resend an invite for");
    refuseUnlessPending(current);
    const renewed = await replaceInviteToken(tx, orgId, current.id, { tokenHash, expiresAt: inviteExpiresAt(now) });
    if (!renewed) throw new Error("a locked pending invite could not be renewed");
    await ctx.audit(
      {
        action: "invite.resend",
        targetType: "organisation_invite",
        targetId: renewed.id,
        oldValues: { status: inviteState(current, now) },
        newValues: { role: renewed.role, status: "pending" },
      },
      tx,
    );
    return renewed;
  });
  return deliver(ctx, invite, token);
}

/** Revokes a pending invite: its link then says the invite was withdrawn (410). */
export async function revokeInvite(ctx: MemberContext, inviteId: string): Promise<InviteView> {
  const orgId = ctx.principal.organisation.id;
  const now = ctx.now();
  const revoked = await ctx.db.transaction(async (tx) => {
    const current = await lockedInvite(tx, orgId, inviteId);
    refuseUnlessMayManage(ctx, current.role, "revoke an invite for");
    refuseUnlessPending(current);
    return revoke(ctx, tx, current, now, "revoked");
  });
  return inviteView(revoked, viewer(ctx));
}

async function lockedInvite(tx: ScopedDb, orgId: string, inviteId: string): Promise<OrganisationInvite> {
  if (!inviteIdSchema.safeParse(inviteId).success) throw new AppError("not_found", INVITE_NOT_FOUND);
  const invite = await findInviteInOrganisation(tx, orgId, inviteId, { lock: true });
  if (!invite) throw new AppError("not_found", INVITE_NOT_FOUND);
  return invite;
}

function refuseUnlessPending(invite: OrganisationInvite): void {
  if (invite.status !== "pending") throw new AppError("gone", `This invite was already ${invite.status}.`);
}

/** Closes a pending invite as revoked, with its audit event; `reason` tells a manager's revoke from an expired one replaced. */
async function revoke(ctx: MemberContext, tx: ScopedDb, invite: OrganisationInvite, now: Date, reason: "revoked" | "expired") {
  const closed = await closeInvite(tx, invite.orgId, invite.id, "revoked", now);
  if (!closed) throw new Error("a locked pending invite could not be revoked");
  await ctx.audit(
    {
      action: "invite.revoke",
      targetType: "organisation_invite",
      targetId: closed.id,
      oldValues: { status: inviteState(invite, now) },
      newValues: { role: closed.role, status: "revoked", reason },
    },
    tx,
  );
  return closed;
}

async function deliver(ctx: MemberContext, invite: OrganisationInvite, token: string): Promise<SentInvite> {
  const emailSent = await sendInviteEmail(ctx, { invite, token, organisationName: ctx.principal.organisation.name, inviterName: inviterName(ctx) });
  return { invite: inviteView(invite, viewer(ctx), inviterName(ctx)), link: inviteLink(token), emailSent };
}
