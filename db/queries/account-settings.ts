/**
 * The user's own privacy settings: one row, written the first time they change a default.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Each query runs
 * in the handle's transaction, as the principal, under row-level security; pass a handle from `db.transaction()` to
 * make several calls atomic. Every query for user data still takes the owner's id and filters on it.
 */
import "server-only";
import { eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { accountSettings, type PracticeRetentionChoice } from "../schema";

/** The owner's practice retention choice; "keep" until they choose otherwise. */
export async function findPracticeRetention(db: ScopedDb, userId: string): Promise<PracticeRetentionChoice> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ practiceRetention: accountSettings.practiceRetention })
      .from(accountSettings)
      .where(eq(accountSettings.userId, userId))
      .limit(1);
    return row?.practiceRetention ?? "keep";
  });
}

/** Stores the owner's practice retention choice (insert … on conflict update: one statement). */
export async function savePracticeRetention(db: ScopedDb, userId: string, choice: PracticeRetentionChoice): Promise<void> {
  await runScoped(db, (conn) =>
    conn
      .insert(accountSettings)
      .values({ userId, practiceRetention: choice })
      .onConflictDoUpdate({ target: accountSettings.userId, set: { practiceRetention: choice, updatedAt: sql`now()` } }),
  );
}
