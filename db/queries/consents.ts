/**
 * Consent records: append-only, so a withdrawal is a new row with `granted: false` and the latest row per kind is
 * the user's current answer. Rows are deleted only with the account (cascade).
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Each query runs
 * in the handle's transaction, as the principal, under row-level security; pass a handle from `db.transaction()` to
 * make several calls atomic. Every query for user data still takes the owner's id and filters on it.
 */
import "server-only";
import { desc, eq } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { consents, type Consent } from "../schema";

export type ConsentInput = {
  kind: string;
  /** Version of the text the user saw, so a changed policy can ask again. */
  version: string;
  granted: boolean;
  /** A salted hash of the client IP, never the IP itself. */
  ipHash?: string | null;
};

/** Appends the owner's answer to one consent question and returns the stored row. */
export async function recordConsent(db: ScopedDb, userId: string, input: ConsentInput): Promise<Consent> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .insert(consents)
      .values({ userId, kind: input.kind, version: input.version, granted: input.granted, ipHash: input.ipHash ?? null })
      .returning();
    if (!row) throw new Error("insert into consents returned no row");
    return row;
  });
}

/** Every consent record of the owner, newest first. */
export async function listConsents(db: ScopedDb, userId: string): Promise<Consent[]> {
  return runScoped(db, async (conn) => {
    return conn
      .select()
      .from(consents)
      .where(eq(consents.userId, userId))
      .orderBy(desc(consents.createdAt), desc(consents.seq));
  });
}
