/**
 * What account deletion needs beyond the foreign keys' cascades: the user's organisations with their member and owner
 * counts, the audit events that name the user, the invites addressed to their email, and local mode's outbox mail
 * about them. Every statement here must run as the system role (the app role may not read other members' rows, nor
 * update the append-only audit log), inside the deletion's one transaction.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { auditEvents, emailOutbox, type JsonObject, type OrganisationRole, organisationInvites, organisationMembers, organisations } from "../schema";

/** One organisation the user belongs to, with how many members and owners it has (the user included). */
export type MembershipForDeletion = {
  orgId: string;
  name: string;
  slug: string;
  role: OrganisationRole;
  memberCount: number;
  ownerCount: number;
};

/**
 * The user's organisations with their counts. With `lock`, the organisation rows and their member rows are locked
 * `FOR UPDATE` first, so the counts the caller decides on stay true until the deletion commits: a new member's row
 * takes a key-share lock on its organisation (nobody joins meanwhile), and leaving, removal and role changes lock the
 * owner or member rows first (a co-owner cannot leave the organisation ownerless behind the deletion's back).
 */
export async function listMembershipsForDeletion(db: ScopedDb, userId: string, options: { lock?: boolean } = {}): Promise<MembershipForDeletion[]> {
  return runScoped(db, async (conn) => {
    const mine = conn.select({ orgId: organisationMembers.orgId }).from(organisationMembers).where(eq(organisationMembers.userId, userId));
    if (options.lock) {
      await conn.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, mine)).for("update");
      await conn.select({ id: organisationMembers.id }).from(organisationMembers).where(inArray(organisationMembers.orgId, mine)).for("update");
    }
    const rows = await conn
      .select({
        orgId: organisations.id,
        name: organisations.name,
        slug: organisations.slug,
        role: sql<OrganisationRole>`max(case when ${organisationMembers.userId} = ${userId} then ${organisationMembers.role} end)`,
        memberCount: sql<number>`count(*)::int`,
        ownerCount: sql<number>`(count(*) filter (where ${organisationMembers.role} = 'owner'))::int`,
      })
      .from(organisations)
      .innerJoin(organisationMembers, eq(organisationMembers.orgId, organisations.id))
      .where(inArray(organisations.id, mine))
      .groupBy(organisations.id)
      .orderBy(organisations.name, organisations.slug);
    return rows;
  });
}

export type AuditValues = { id: string; oldValues: JsonObject | null; newValues: JsonObject | null };

/**
 * Events whose old or new values mention any of `needles` (case-insensitive), whoever acted: "X invited a@b.c" names
 * the invitee, not the actor. Needles are matched as they appear inside JSON text (quotes and backslashes escaped).
 * A scan of the log, not an index lookup: account deletion is rare and the retention job bounds the log's age.
 */
export async function listAuditEventsMentioning(db: ScopedDb, needles: readonly string[]): Promise<AuditValues[]> {
  if (needles.length === 0) return [];
  return runScoped(db, async (conn) => {
    const values = sql`lower(coalesce(${auditEvents.oldValues}::text, '') || ' ' || coalesce(${auditEvents.newValues}::text, ''))`;
    const matches: SQL[] = needles.map((needle) => sql`strpos(${values}, ${jsonEscaped(needle).toLowerCase()}) > 0`);
    return conn
      .select({ id: auditEvents.id, oldValues: auditEvents.oldValues, newValues: auditEvents.newValues })
      .from(auditEvents)
      .where(or(...matches));
  });
}

/** Replaces one event's old and new values (anonymisation only: the log is otherwise append-only). */
export async function replaceAuditEventValues(db: ScopedDb, event: AuditValues): Promise<void> {
  await runScoped(db, (conn) =>
    conn.update(auditEvents).set({ oldValues: event.oldValues, newValues: event.newValues }).where(eq(auditEvents.id, event.id)),
  );
}

/**
 * Cuts the user out of the events they acted in (actor and IP hash) and of the events naming them as the target.
 * Action, target type and time stay. Returns how many events changed.
 */
export async function detachAuditEventsFromUser(db: ScopedDb, userId: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const acted = await conn
      .update(auditEvents)
      .set({ actorUserId: null, ipHash: null })
      .where(eq(auditEvents.actorUserId, userId))
      .returning({ id: auditEvents.id });
    const targeted = await conn
      .update(auditEvents)
      .set({ targetId: null })
      .where(eq(auditEvents.targetId, userId))
      .returning({ id: auditEvents.id });
    return new Set([...acted, ...targeted].map((row) => row.id)).size;
  });
}

/** Deletes the invites addressed to `email` in any organisation (stored lower-cased); returns how many. */
export async function deleteInvitesAddressedTo(db: ScopedDb, email: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const deleted = await conn
      .delete(organisationInvites)
      .where(eq(organisationInvites.email, email.trim().toLowerCase()))
      .returning({ id: organisationInvites.id });
    return deleted.length;
  });
}

/** Deletes local mode's outbox mail sent to or mentioning any of `needles` (case-insensitive); returns how many. */
export async function deleteOutboxMailMentioning(db: ScopedDb, needles: readonly string[]): Promise<number> {
  if (needles.length === 0) return 0;
  return runScoped(db, async (conn) => {
    const text = sql`lower(${emailOutbox.toAddress} || ' ' || ${emailOutbox.subject} || ' ' || ${emailOutbox.html} || ' ' || ${emailOutbox.text})`;
    const deleted = await conn
      .delete(emailOutbox)
      .where(or(...needles.map((needle) => sql`strpos(${text}, ${needle.toLowerCase()}) > 0`)))
      .returning({ id: emailOutbox.id });
    return deleted.length;
  });
}

/** The needle as it appears inside a JSON string: `"` and `\` (and control characters) escaped. */
function jsonEscaped(needle: string): string {
  return JSON.stringify(needle).slice(1, -1);
}
