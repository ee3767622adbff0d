/**
 * An organisation's members: the list with each member's name and email (row-level security shows fellow members'
 * user rows in an organisation scope), one member, role changes and removal, and the lock that makes the last-owner
 * rule hold under concurrent requests.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Every query
 * still filters on the organisation's id, the first wall; row-level security is the second.
 */
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type OrganisationMember, type OrganisationRole, organisationMembers, users } from "../schema";

export type MemberListing = {
  id: string;
  userId: string;
  role: OrganisationRole;
  joinedAt: Date;
  displayName: string | null;
  email: string;
};

/** Every member, owners first, then managers, then reviewers; by when they joined within a role. */
export async function listOrganisationMembers(db: ScopedDb, orgId: string): Promise<MemberListing[]> {
  return runScoped(db, async (conn) => {
    const rows = await conn
      .select({
        id: organisationMembers.id,
        userId: organisationMembers.userId,
        role: organisationMembers.role,
        joinedAt: organisationMembers.createdAt,
        displayName: users.displayName,
        email: users.email,
      })
      .from(organisationMembers)
      .innerJoin(users, eq(users.id, organisationMembers.userId))
      .where(eq(organisationMembers.orgId, orgId))
      .orderBy(asc(organisationMembers.createdAt), asc(organisationMembers.id));
    const rank: Record<OrganisationRole, number> = { owner: 0, manager: 1, reviewer: 2 };
    return rows.sort((a, b) => rank[a.role] - rank[b.role]);
  });
}

/** One member of this organisation by the member row's id; null for an id of another organisation or none. */
export async function findOrganisationMember(db: ScopedDb, orgId: string, memberId: string): Promise<OrganisationMember | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(organisationMembers)
      .where(and(eq(organisationMembers.orgId, orgId), eq(organisationMembers.id, memberId)))
      .limit(1);
    return row ?? null;
  });
}

/** The user's own membership row in this organisation. */
export async function findMembershipOfUser(db: ScopedDb, orgId: string, userId: string): Promise<OrganisationMember | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(organisationMembers)
      .where(and(eq(organisationMembers.orgId, orgId), eq(organisationMembers.userId, userId)))
      .limit(1);
    return row ?? null;
  });
}

/**
 * Locks the organisation's owner rows (`FOR UPDATE`) and returns their ids. Two transactions that each remove an
 * owner both lock here first; the second waits, then re-reads the rows the first changed (an owner demoted meanwhile
 * is no longer matched), so its count is the count after the first one committed. Call inside a transaction.
 */
export async function lockOwners(db: ScopedDb, orgId: string): Promise<string[]> {
  return runScoped(db, async (conn) => {
    const rows = await conn
      .select({ id: organisationMembers.id })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.orgId, orgId), eq(organisationMembers.role, "owner")))
      .for("update");
    return rows.map((row) => row.id);
  });
}

/** Sets a member's role; returns the updated row, or null when the member is gone. */
export async function setMemberRole(
  db: ScopedDb,
  orgId: string,
  memberId: string,
  role: OrganisationRole,
  now: Date,
): Promise<OrganisationMember | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(organisationMembers)
      .set({ role, updatedAt: now })
      .where(and(eq(organisationMembers.orgId, orgId), eq(organisationMembers.id, memberId)))
      .returning();
    return row ?? null;
  });
}

/** Removes a member; true when the row existed. */
export async function deleteOrganisationMember(db: ScopedDb, orgId: string, memberId: string): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const deleted = await conn
      .delete(organisationMembers)
      .where(and(eq(organisationMembers.orgId, orgId), eq(organisationMembers.id, memberId)))
      .returning({ id: organisationMembers.id });
    return deleted.length > 0;
  });
}
