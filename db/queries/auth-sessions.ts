/**
 * Local sign-in sessions: opened at sign-in, ended at sign-out, and checked on every request, so a token stops
 * working as soon as its session ends instead of when it expires.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Each query runs
 * in the handle's transaction, as the principal, under row-level security; pass a handle from `db.transaction()` to
 * make several calls atomic. Every query for user data still takes the owner's id and filters on it.
 */
import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { authSessions, users } from "../schema";
import { principalSnapshotColumns, type UserWithConsentSnapshot, withConsentSnapshot } from "./consent-state";

export async function openAuthSession(db: ScopedDb, input: { id: string; userId: string; expiresAt: Date }): Promise<void> {
  await runScoped(db, (tx) => tx.insert(authSessions).values(input));
}

/**
 * The user behind `subject` if the session `sessionId` is theirs, open, and unexpired at `now`; else null. One
 * statement, with the user's terms and AI consent answers: it runs on every signed-in request.
 */
export async function findUserInOpenSession(
  db: ScopedDb,
  subject: string,
  sessionId: string,
  now: Date,
  options: { withSubscription?: boolean } = {},
): Promise<UserWithConsentSnapshot | null> {
  const withSubscription = options.withSubscription ?? false;
  return runScoped(db, async (tx) => {
    const [row] = await tx
      .select({ user: users, ...principalSnapshotColumns(withSubscription) })
      .from(users)
      .innerJoin(authSessions, eq(authSessions.userId, users.id))
      .where(
        and(eq(users.authProviderId, subject), eq(authSessions.id, sessionId), isNull(authSessions.endedAt), gt(authSessions.expiresAt, now)),
      )
      .limit(1);
    return row ? withConsentSnapshot(row, withSubscription) : null;
  });
}

/** Ends one of the owner's sessions; false when it was not theirs or already ended. */
export async function endAuthSession(db: ScopedDb, userId: string, sessionId: string, at: Date): Promise<boolean> {
  return runScoped(db, async (tx) => {
    const ended = await tx
      .update(authSessions)
      .set({ endedAt: at })
      .where(and(eq(authSessions.id, sessionId), eq(authSessions.userId, userId), isNull(authSessions.endedAt)))
      .returning({ id: authSessions.id });
    return ended.length > 0;
  });
}

/** Ends every open session of the owner ("sign out of all devices"); returns how many were open. */
export async function endAllAuthSessions(db: ScopedDb, userId: string, at: Date): Promise<number> {
  return runScoped(db, async (tx) => {
    const ended = await tx
      .update(authSessions)
      .set({ endedAt: at })
      .where(and(eq(authSessions.userId, userId), isNull(authSessions.endedAt)))
      .returning({ id: authSessions.id });
    return ended.length;
  });
}
