/**
 * Organisation invites. Inside an organisation's scope (the inviter's requests) every query also filters on the
 * organisation, so another organisation's invite id matches nothing (callers answer 404). The holder of a link reads
 * its invite with the token's hash in scope and no organisation: row-level security then shows that one invite, its
 * organisation and who sent it.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import {
  type InviteStatus,
  type Organisation,
  type OrganisationInvite,
  type OrganisationMember,
  type OrganisationRole,
  organisationInvites,
  organisationMembers,
  organisations,
  users,
} from "../schema";

export type NewInviteInput = {
  orgId: string;
  email: string;
  role: OrganisationRole;
  tokenHash: string;
  invitedByUserId: string;
  expiresAt: Date;
};

/**
 * Inserts a pending invite, or returns null when the organisation already has a pending invite for the email (the
 * partial unique index decides, so two inviters racing cannot both succeed).
 */
export async function insertInvite(db: ScopedDb, input: NewInviteInput): Promise<OrganisationInvite | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.insert(organisationInvites).values({ ...input, status: "pending" }).onConflictDoNothing().returning();
    return row ?? null;
  });
}

/** The organisation's pending invite for `email` (lower-cased), expired or not, locked until the transaction ends. */
export async function findPendingInviteForEmail(db: ScopedDb, orgId: string, email: string): Promise<OrganisationInvite | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(organisationInvites)
      .where(and(eq(organisationInvites.orgId, orgId), eq(organisationInvites.email, email), eq(organisationInvites.status, "pending")))
      .limit(1)
      .for("update");
    return row ?? null;
  });
}

/** One of the organisation's invites by id, or null (none, or another organisation's). `lock` holds it for the transaction. */
export async function findInviteInOrganisation(
  db: ScopedDb,
  orgId: string,
  inviteId: string,
  options: { lock?: boolean } = {},
): Promise<OrganisationInvite | null> {
  return runScoped(db, async (conn) => {
    const query = conn
      .select()
      .from(organisationInvites)
      .where(and(eq(organisationInvites.orgId, orgId), eq(organisationInvites.id, inviteId)))
      .limit(1);
    const [row] = options.lock ? await query.for("update") : await query;
    return row ?? null;
  });
}

export type PendingInviteRow = OrganisationInvite & { inviterName: string | null };

/** The organisation's pending invites (expired ones too, so they can be resent), newest first. */
export async function listPendingInvites(db: ScopedDb, orgId: string): Promise<PendingInviteRow[]> {
  return runScoped(db, async (conn) => {
    const rows = await conn
      .select({ invite: organisationInvites, inviterName: sql<string | null>`coalesce(${users.displayName}, ${users.email})` })
      .from(organisationInvites)
      .leftJoin(users, eq(users.id, organisationInvites.invitedByUserId))
      .where(and(eq(organisationInvites.orgId, orgId), eq(organisationInvites.status, "pending")))
      .orderBy(desc(organisationInvites.createdAt), desc(organisationInvites.id));
    return rows.map((row) => ({ ...row.invite, inviterName: row.inviterName }));
  });
}

/** Whether a member of the organisation signs in with `email` (compared lower-cased). */
export async function isMemberWithEmail(db: ScopedDb, orgId: string, email: string): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ id: organisationMembers.id })
      .from(organisationMembers)
      .innerJoin(users, eq(users.id, organisationMembers.userId))
      .where(and(eq(organisationMembers.orgId, orgId), sql`lower(${users.email}) = ${email}`))
      .limit(1);
    return Boolean(row);
  });
}

/** A new token and expiry on a pending invite (a resend): the old link stops matching anything. */
export async function replaceInviteToken(
  db: ScopedDb,
  orgId: string,
  inviteId: string,
  input: { tokenHash: string; expiresAt: Date },
): Promise<OrganisationInvite | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(organisationInvites)
      .set(input)
      .where(and(eq(organisationInvites.orgId, orgId), eq(organisationInvites.id, inviteId), eq(organisationInvites.status, "pending")))
      .returning();
    return row ?? null;
  });
}

/** Ends a pending invite (accepted, declined or revoked) at `at`; null when it was no longer pending. */
export async function closeInvite(
  db: ScopedDb,
  orgId: string,
  inviteId: string,
  status: Exclude<InviteStatus, "pending">,
  at: Date,
): Promise<OrganisationInvite | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(organisationInvites)
      .set({ status, respondedAt: at })
      .where(and(eq(organisationInvites.orgId, orgId), eq(organisationInvites.id, inviteId), eq(organisationInvites.status, "pending")))
      .returning();
    return row ?? null;
  });
}

export type HeldInvite = {
  invite: OrganisationInvite;
  organisation: Pick<Organisation, "id" | "name" | "slug">;
  /** The inviter's display name or email; null once their account is gone. */
  inviterName: string | null;
};

/** The invite whose token hash is in scope, with its organisation and inviter. */
export async function findInviteByTokenHash(db: ScopedDb, tokenHash: string): Promise<HeldInvite | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({
        invite: organisationInvites,
        organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug },
        inviterName: sql<string | null>`coalesce(${users.displayName}, ${users.email})`,
      })
      .from(organisationInvites)
      .innerJoin(organisations, eq(organisations.id, organisationInvites.orgId))
      .leftJoin(users, eq(users.id, organisationInvites.invitedByUserId))
      .where(eq(organisationInvites.tokenHash, tokenHash))
      .limit(1);
    return row ?? null;
  });
}

/**
 * Makes the user a member with `role` unless they already are (then their existing membership, role unchanged, is
 * returned): a second accept, or someone who joined by another invite meanwhile, never gets a second row.
 */
export async function addMemberUnlessPresent(
  db: ScopedDb,
  input: { orgId: string; userId: string; role: OrganisationRole },
): Promise<{ member: OrganisationMember; created: boolean }> {
  return runScoped(db, async (conn) => {
    const [inserted] = await conn
      .insert(organisationMembers)
      .values(input)
      .onConflictDoNothing({ target: [organisationMembers.orgId, organisationMembers.userId] })
      .returning();
    if (inserted) return { member: inserted, created: true };
    const [existing] = await conn
      .select()
      .from(organisationMembers)
      .where(and(eq(organisationMembers.orgId, input.orgId), eq(organisationMembers.userId, input.userId)))
      .limit(1);
    if (!existing) throw new Error("membership neither inserted nor found");
    return { member: existing, created: false };
  });
}

/** The user's membership of the organisation, or null. */
export async function findMembership(db: ScopedDb, orgId: string, userId: string): Promise<OrganisationMember | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(organisationMembers)
      .where(and(eq(organisationMembers.orgId, orgId), eq(organisationMembers.userId, userId)))
      .limit(1);
    return row ?? null;
  });
}
