/**
 * The audit log: append-only, so this module only inserts and reads. Rows outlive their actor (the foreign key
 * nulls `actor_user_id` when the account is deleted).
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Each query runs
 * in the handle's transaction, as the principal, under row-level security; pass a handle from `db.transaction()` to
 * make several calls atomic. Every query for user data still takes the owner's id and filters on it.
 */
import "server-only";
import { desc, eq } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { auditEvents, type AuditEvent, type JsonObject } from "../schema";

export type AuditEventInput = {
  /** Who acted; null for the system (e.g. a webhook). */
  actorUserId: string | null;
  /** Dotted verb, e.g. `profile.update`. */
  action: string;
  targetType: string;
  targetId?: string | null;
  oldValues?: JsonObject | null;
  newValues?: JsonObject | null;
  /** A salted hash of the client IP, never the IP itself. */
  ipHash?: string | null;
  /** The organisation the event happened in, for its audit log. */
  orgId?: string | null;
};

/** Appends one event to the audit log and returns it. */
export async function recordAuditEvent(db: ScopedDb, input: AuditEventInput): Promise<AuditEvent> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .insert(auditEvents)
      .values({
        actorUserId: input.actorUserId,
        action: input.action,
        targetType: input.targetType,
        targetId: input.targetId ?? null,
        oldValues: input.oldValues ?? null,
        newValues: input.newValues ?? null,
        ipHash: input.ipHash ?? null,
        orgId: input.orgId ?? null,
      })
      .returning();
    if (!row) throw new Error("insert into audit_events returned no row");
    return row;
  });
}

/** Events the user performed, newest first (at most `limit`, default 500, so one call cannot pull the whole log). */
export async function listAuditEventsForUser(
  db: ScopedDb,
  userId: string,
  options: { limit?: number } = {},
): Promise<AuditEvent[]> {
  return runScoped(db, async (conn) => {
    return conn
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, userId))
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.seq))
      .limit(options.limit ?? 500);
  });
}
