/**
 * An organisation's members: list them, change a role, remove someone, leave, hand ownership on. Whether the actor
 * may touch a member depends on both roles involved (`mayManageRole`: a manager moves reviewers only; an owner moves
 * anyone, and may make another owner). An organisation always keeps at least one owner: every change that takes an
 * owner away first locks the owner rows and counts them, so two owners demoting each other at once cannot both win.
 */
import "server-only";
import {
  deleteOrganisationMember,
  findMembershipOfUser,
  findOrganisationMember,
  listOrganisationMembers,
  lockOwners,
  setMemberRole,
} from "@/db/queries/organisation-members";
import type { ScopedDb } from "@/db/scoped";
import type { OrganisationMember, OrganisationRole } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { syncSeats } from "@/lib/billing/stripe/seats";
import type { MemberContext } from "@/lib/context/request-context";
import { mayManageRole } from "./permissions";
import type { ChangeMemberRoleInput, TransferOwnershipInput } from "./schemas";

export type MemberView = { id: string; name: string; email: string; role: OrganisationRole; joinedAt: Date; isYou: boolean };

const MEMBER_NOT_FOUND = "No such member in this organisation.";
const NOT_ALLOWED = "Your role in this organisation does not allow that.";
export const LAST_OWNER =
  "An organisation needs at least one owner. Make someone else an owner (or transfer ownership) first, or delete the organisation.";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listMembers(ctx: MemberContext): Promise<MemberView[]> {
  const rows = await listOrganisationMembers(ctx.db, ctx.principal.organisation.id);
  return rows.map((row) => ({
    id: row.id,
    name: row.displayName ?? row.email,
    email: row.email,
    role: row.role,
    joinedAt: row.joinedAt,
    isYou: row.userId === ctx.principal.user.id,
  }));
}

/** Changes a member's role; the actor needs to manage both the old role and the new one. */
export async function changeMemberRole(ctx: MemberContext, memberId: string, input: ChangeMemberRoleInput): Promise<MemberView["role"]> {
  return ctx.db.transaction(async (tx) => {
    const member = await memberOrNotFound(ctx, tx, memberId);
    if (!mayManageRole(ctx.principal.role, member.role) || !mayManageRole(ctx.principal.role, input.role)) {
      throw new AppError("forbidden", NOT_ALLOWED);
    }
    if (member.role === input.role) return member.role;
    if (member.role === "owner") await keepAnotherOwner(ctx, tx, member.id);
    await setMemberRole(tx, member.orgId, member.id, input.role, ctx.now());
    await ctx.audit(
      {
        action: "organisation.member_role_change",
        targetType: "organisation_member",
        targetId: member.id,
        oldValues: { role: member.role },
        newValues: { role: input.role },
      },
      tx,
    );
    return input.role;
  });
}

/** Removes a member; the actor needs to manage the member's role. Their access ends with this transaction. */
export async function removeMember(ctx: MemberContext, memberId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const member = await memberOrNotFound(ctx, tx, memberId);
    if (!mayManageRole(ctx.principal.role, member.role)) throw new AppError("forbidden", NOT_ALLOWED);
    if (member.role === "owner") await keepAnotherOwner(ctx, tx, member.id);
    await deleteOrganisationMember(tx, member.orgId, member.id);
    await ctx.audit(
      {
        action: "organisation.member_remove",
        targetType: "organisation_member",
        targetId: member.id,
        oldValues: { role: member.role, userId: member.userId },
      },
      tx,
    );
  });
  await syncSeats(ctx, ctx.principal.organisation.id, "leave");
}

/** The signed-in member leaves (any role); the last owner cannot. */
export async function leaveOrganisation(ctx: MemberContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const member = await findMembershipOfUser(tx, ctx.principal.organisation.id, ctx.principal.user.id);
    if (!member) throw new AppError("not_found", MEMBER_NOT_FOUND);
    if (member.role === "owner") await keepAnotherOwner(ctx, tx, member.id);
    await deleteOrganisationMember(tx, member.orgId, member.id);
    await ctx.audit(
      { action: "organisation.member_leave", targetType: "organisation_member", targetId: member.id, oldValues: { role: member.role } },
      tx,
    );
  });
  await syncSeats(ctx, ctx.principal.organisation.id, "leave");
}

/** Makes another member the owner and the actor (an owner) a manager. */
export async function transferOwnership(ctx: MemberContext, input: TransferOwnershipInput): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const orgId = ctx.principal.organisation.id;
    await lockOwners(tx, orgId);
    const actor = await findMembershipOfUser(tx, orgId, ctx.principal.user.id);
    if (!actor || actor.role !== "owner") throw new AppError("forbidden", NOT_ALLOWED);
    const target = await memberOrNotFound(ctx, tx, input.memberId);
    if (target.id === actor.id) {
      throw new AppError("unprocessable", "Choose another member.", { fields: { memberId: ["Choose another member."] } });
    }
    if (target.role === "owner") throw new AppError("conflict", "That member is already an owner.");
    const now = ctx.now();
    await setMemberRole(tx, orgId, target.id, "owner", now);
    await setMemberRole(tx, orgId, actor.id, "manager", now);
    await ctx.audit(
      {
        action: "organisation.ownership_transfer",
        targetType: "organisation_member",
        targetId: target.id,
        oldValues: { role: target.role, previousOwnerMemberId: actor.id, previousOwnerRole: "owner" },
        newValues: { role: "owner", previousOwnerMemberId: actor.id, previousOwnerRole: "manager" },
      },
      tx,
    );
  });
}

async function memberOrNotFound(ctx: MemberContext, tx: ScopedDb, memberId: string): Promise<OrganisationMember> {
  // A malformed id names no member; checked here so it never reaches a uuid column as a 500.
  const member = UUID.test(memberId) ? await findOrganisationMember(tx, ctx.principal.organisation.id, memberId) : null;
  if (!member) throw new AppError("not_found", MEMBER_NOT_FOUND);
  return member;
}

/** Refuses (409) when `memberId` is the organisation's only owner, holding the owner rows' locks until commit. */
async function keepAnotherOwner(ctx: MemberContext, tx: ScopedDb, memberId: string): Promise<void> {
  const owners = await lockOwners(tx, ctx.principal.organisation.id);
  if (!owners.some((id) => id !== memberId)) throw new AppError("conflict", LAST_OWNER);
}
