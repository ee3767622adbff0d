/**
 * Sign-in history: one row per sign-in, appended by the sign-in itself (local) or by the first request of a Clerk
 * session. The app role may only insert and read (migration 0012); the retention job and account deletion remove rows.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Each query runs
 * in the handle's transaction, as the principal, under row-level security; pass a handle from `db.transaction()` to
 * make several calls atomic. Every query for user data still takes the owner's id and filters on it.
 */
import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type SignInEvent, type SignInMethod, signInEvents } from "../schema";

export type SignInEventInput = {
  userId: string;
  sessionId: string | null;
  method: SignInMethod;
  /** Words from the user agent ("iPhone", "Safari"), never the raw string. */
  device: string | null;
  browser: string | null;
  ipHash: string | null;
};

/**
 * Records one sign-in; a second record for the same session id is ignored (one statement, so racing first requests
 * of a Clerk session record it once). Returns whether a row was written.
 */
export async function recordSignInEvent(db: ScopedDb, input: SignInEventInput): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const written = await conn
      .insert(signInEvents)
      .values(input)
      .onConflictDoNothing({ target: signInEvents.sessionId, where: sql`${signInEvents.sessionId} is not null` })
      .returning({ id: signInEvents.id });
    return written.length > 0;
  });
}

/** The owner's sign-ins, newest first (at most `limit`). */
export async function listSignInEvents(db: ScopedDb, userId: string, limit: number): Promise<SignInEvent[]> {
  return runScoped(db, async (conn) => {
    return conn
      .select()
      .from(signInEvents)
      .where(eq(signInEvents.userId, userId))
      .orderBy(desc(signInEvents.createdAt))
      .limit(limit);
  });
}
