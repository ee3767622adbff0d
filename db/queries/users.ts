/**
 * User rows, keyed by the auth provider's id (Clerk's `sub`).
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Each query runs
 * in the handle's transaction, as the principal, under row-level security; pass a handle from `db.transaction()` to
 * make several calls atomic. Every query for user data still takes the owner's id and filters on it.
 */
import "server-only";
import { eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { users, type User } from "../schema";
import { principalSnapshotColumns, type UserWithConsentSnapshot, withConsentSnapshot } from "./consent-state";

export type UpsertUserInput = {
  authProviderId: string;
  email: string;
  /** `undefined` keeps the stored name; `null` clears it. */
  displayName?: string | null;
};

/**
 * Creates the user on first sign-in, or refreshes email/display name from the auth provider on later ones.
 * One statement (insert … on conflict do update), so two concurrent first requests cannot create two users.
 */
export async function upsertUserByAuthProviderId(db: ScopedDb, input: UpsertUserInput): Promise<User> {
  return runScoped(db, async (conn) => {
    const refreshed = {
      email: input.email,
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      updatedAt: sql`now()`,
    };
    const [row] = await conn
      .insert(users)
      .values({ authProviderId: input.authProviderId, email: input.email, displayName: input.displayName ?? null })
      .onConflictDoUpdate({ target: users.authProviderId, set: refreshed })
      .returning();
    if (!row) throw new Error("upsert into users returned no row");
    return row;
  });
}

/**
 * The user signed in with this auth provider id, or null if they have never been seen; with their terms and AI
 * consent answers from the same statement (it runs on every signed-in request).
 */
export async function findUserByAuthProviderId(
  db: ScopedDb,
  authProviderId: string,
  options: { withSubscription?: boolean } = {},
): Promise<UserWithConsentSnapshot | null> {
  const withSubscription = options.withSubscription ?? false;
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ user: users, ...principalSnapshotColumns(withSubscription) })
      .from(users)
      .where(eq(users.authProviderId, authProviderId))
      .limit(1);
    return row ? withConsentSnapshot(row, withSubscription) : null;
  });
}

/**
 * Deletes the user and, through the schema's cascades, everything they own (profile, sessions, answers, consents).
 * Audit events stay, with the actor nulled. Returns false if there was no such user.
 */
export async function deleteUser(db: ScopedDb, userId: string): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const deleted = await conn.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    return deleted.length > 0;
  });
}
