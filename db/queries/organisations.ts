/**
 * Organisations themselves: create, read, rename, delete. Row-level security scopes every statement to the
 * organisation in `app.org_id` (creation scopes its transaction to the new id first).
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type Organisation, type OrganisationRole, organisationMembers, organisations } from "../schema";

const UNIQUE_VIOLATION = "23505";

/**
 * Inserts the organisation and its first member, or returns null when the slug is taken (nothing is written then).
 * `ON CONFLICT DO NOTHING` rather than catching the error: the slug's owner is invisible under row-level security,
 * and a failed statement would abort the caller's transaction.
 */
export async function insertOrganisationWithOwner(
  db: ScopedDb,
  input: { id: string; name: string; slug: string; ownerUserId: string; role: OrganisationRole },
): Promise<Organisation | null> {
  return runScoped(db, async (conn) => {
    const [organisation] = await conn
      .insert(organisations)
      .values({ id: input.id, name: input.name, slug: input.slug })
      .onConflictDoNothing({ target: organisations.slug })
      .returning();
    if (!organisation) return null;
    await conn.insert(organisationMembers).values({ orgId: input.id, userId: input.ownerUserId, role: input.role });
    return organisation;
  });
}

export async function findOrganisation(db: ScopedDb, orgId: string): Promise<Organisation | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.select().from(organisations).where(eq(organisations.id, orgId)).limit(1);
    return row ?? null;
  });
}

export type OrganisationChange = { name?: string; slug?: string };

/**
 * Renames and/or moves the organisation. Returns the row before and after, null when it is gone, or "slug_taken"
 * when another organisation holds the slug (checked in a savepoint, so the caller's transaction survives).
 */
export async function updateOrganisation(
  db: ScopedDb,
  orgId: string,
  change: OrganisationChange,
  now: Date,
): Promise<{ before: Organisation; after: Organisation } | null | "slug_taken"> {
  return runScoped(db, async (conn) => {
    const [before] = await conn.select().from(organisations).where(eq(organisations.id, orgId)).for("update");
    if (!before) return null;
    try {
      const [after] = await conn.transaction(async (savepoint) =>
        savepoint
          .update(organisations)
          .set({ ...change, updatedAt: now })
          .where(eq(organisations.id, orgId))
          .returning(),
      );
      return after ? { before, after } : null;
    } catch (error) {
      if (isUniqueViolation(error)) return "slug_taken";
      throw error;
    }
  });
}

/** Deletes the organisation; its members and invites go with it (foreign keys cascade). True when it existed. */
export async function deleteOrganisation(db: ScopedDb, orgId: string): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const deleted = await conn.delete(organisations).where(eq(organisations.id, orgId)).returning({ id: organisations.id });
    return deleted.length > 0;
  });
}

/** Counts the organisation's members (for the deletion's audit event: how many lost access, not who). */
export async function countMembers(db: ScopedDb, orgId: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ count: sql<number>`count(*)::int` })
      .from(organisationMembers)
      .where(eq(organisationMembers.orgId, orgId));
    return row?.count ?? 0;
  });
}

function isUniqueViolation(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
