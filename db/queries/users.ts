/**
 * User rows, keyed by the auth provider's id (Clerk's `sub`).
 *
 * Convention for every file in db/queries: the database is the LAST parameter and optional. Callers normally omit
 * it (the process-wide `getDb()` is used); pass a transaction from `runInTransaction` to make several calls atomic,
 * or a handle of your own in tests. Every query for user data takes the owner's user id.
 */
import { eq, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { users, type User } from "../schema";

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
export async function upsertUserByAuthProviderId(input: UpsertUserInput, db?: Database): Promise<User> {
  const conn = db ?? (await getDb());
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
}

/** The user signed in with this auth provider id, or null if they have never been seen. */
export async function findUserByAuthProviderId(authProviderId: string, db?: Database): Promise<User | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn.select().from(users).where(eq(users.authProviderId, authProviderId)).limit(1);
  return row ?? null;
}

/**
 * Deletes the user and, through the schema's cascades, everything they own (profile, sessions, answers, consents).
 * Audit events stay, with the actor nulled. Returns false if there was no such user.
 */
export async function deleteUser(userId: string, db?: Database): Promise<boolean> {
  const conn = db ?? (await getDb());
  const deleted = await conn.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
  return deleted.length > 0;
}
