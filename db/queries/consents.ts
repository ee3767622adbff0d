/**
 * Consent records: append-only, so a withdrawal is a new row with `granted: false` and the latest row per kind is
 * the user's current answer. Rows are deleted only with the account (cascade).
 *
 * Convention for every file in db/queries: the database is the LAST parameter and optional. Callers normally omit
 * it (the process-wide `getDb()` is used); pass a transaction from `runInTransaction` to make several calls atomic,
 * or a handle of your own in tests. Every query for user data takes the owner's user id.
 */
import { desc, eq } from "drizzle-orm";
import { getDb, type Database } from "../client";
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
export async function recordConsent(userId: string, input: ConsentInput, db?: Database): Promise<Consent> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .insert(consents)
    .values({ userId, kind: input.kind, version: input.version, granted: input.granted, ipHash: input.ipHash ?? null })
    .returning();
  if (!row) throw new Error("insert into consents returned no row");
  return row;
}

/** Every consent record of the owner, newest first. */
export async function listConsents(userId: string, db?: Database): Promise<Consent[]> {
  const conn = db ?? (await getDb());
  return conn
    .select()
    .from(consents)
    .where(eq(consents.userId, userId))
    .orderBy(desc(consents.createdAt), desc(consents.seq));
}
