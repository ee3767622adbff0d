/**
 * Finding a user's membership: by slug for the wrappers (before any organisation is in scope, so row-level security
 * shows only organisations the user belongs to), and the list of them for the header's switcher.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type Organisation, type OrganisationRole, organisationMembers, organisations } from "../schema";

export type MembershipSummary = { organisation: Pick<Organisation, "id" | "name" | "slug">; role: OrganisationRole };

/** The user's membership of the organisation at `slug`, or null (no such organisation, or not a member). */
export async function findMembershipBySlug(db: ScopedDb, userId: string, slug: string): Promise<MembershipSummary | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, role: organisationMembers.role })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.orgId))
      .where(and(eq(organisationMembers.userId, userId), eq(organisations.slug, slug)))
      .limit(1);
    return row ? { organisation: { id: row.id, name: row.name, slug: row.slug }, role: row.role } : null;
  });
}

/** Every organisation the user belongs to, by name. */
export async function listMemberships(db: ScopedDb, userId: string): Promise<MembershipSummary[]> {
  return runScoped(db, async (conn) => {
    const rows = await conn
      .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, role: organisationMembers.role })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.orgId))
      .where(eq(organisationMembers.userId, userId))
      .orderBy(asc(organisations.name), asc(organisations.slug));
    return rows.map((row) => ({ organisation: { id: row.id, name: row.name, slug: row.slug }, role: row.role }));
  });
}
