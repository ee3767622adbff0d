/**
 * An organisation's audit log, newest first, a page at a time. Row-level security shows the events of the
 * organisation in scope (audit_events_organisation) and the user rows of its current members, so an actor who has
 * left comes back with no name: the service shows "A former member".
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { auditEvents, type JsonObject, users } from "../schema";

/** Where a page starts: after this event in newest-first order (created_at to the microsecond, then seq). */
export type AuditEventKey = { createdAt: string; seq: number };

export type OrganisationAuditRow = {
  id: string;
  action: string;
  targetType: string;
  targetId: string | null;
  oldValues: JsonObject | null;
  newValues: JsonObject | null;
  createdAt: Date;
  /** created_at as UTC text with microseconds: the next page's cursor (a Date keeps only milliseconds). */
  createdAtKey: string;
  seq: number;
  actorUserId: string | null;
  /** Null when the actor is no longer a member (their user row is not visible) or their account is gone. */
  actorDisplayName: string | null;
  actorEmail: string | null;
};

const UTC_MICROSECONDS = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/** At most `limit` events of the organisation after `after` (from the newest when absent). */
export async function listOrganisationAuditEvents(
  db: ScopedDb,
  orgId: string,
  page: { after?: AuditEventKey; limit: number },
): Promise<OrganisationAuditRow[]> {
  return runScoped(db, async (conn) => {
    const conditions: SQL[] = [eq(auditEvents.orgId, orgId)];
    if (page.after) {
      conditions.push(sql`(${auditEvents.createdAt}, ${auditEvents.seq}) < (${page.after.createdAt}::timestamptz, ${page.after.seq}::bigint)`);
    }
    return conn
      .select({
        id: auditEvents.id,
        action: auditEvents.action,
        targetType: auditEvents.targetType,
        targetId: auditEvents.targetId,
        oldValues: auditEvents.oldValues,
        newValues: auditEvents.newValues,
        createdAt: auditEvents.createdAt,
        createdAtKey: sql<string>`to_char(${auditEvents.createdAt} at time zone 'UTC', ${sql.raw(UTC_MICROSECONDS)})`,
        seq: auditEvents.seq,
        actorUserId: auditEvents.actorUserId,
        actorDisplayName: users.displayName,
        actorEmail: users.email,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(and(...conditions))
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.seq))
      .limit(page.limit);
  });
}
