/**
 * An organisation's audit log as owners read it: newest first, a page at a time, each event with who did it (their
 * name or email while they are a member, "A former member" after they leave), what, to what, when, and the values
 * that changed. The route and page only let owners here (`organisation.manage`).
 */
import "server-only";
import { listOrganisationAuditEvents } from "@/db/queries/organisation-audit";
import type { JsonObject } from "@/db/schema";
import type { MemberContext } from "@/lib/context/request-context";
import { isCandidateAction, isScheduledAction } from "./audit-descriptions";
import { AUDIT_PAGE_SIZE, type AuditCursor, encodeAuditCursor } from "./audit-cursor";

export const FORMER_MEMBER = "A former member";
export const SCHEDULED_JOB = "The scheduled job";
export const CANDIDATE = "A candidate";

export type AuditEventView = {
  id: string;
  action: string;
  actor: string;
  targetType: string;
  targetId: string | null;
  oldValues: JsonObject | null;
  newValues: JsonObject | null;
  createdAt: Date;
};

export type AuditLogPage = { events: AuditEventView[]; nextCursor: string | null };

export async function organisationAuditLog(ctx: MemberContext, after?: AuditCursor, limit = AUDIT_PAGE_SIZE): Promise<AuditLogPage> {
  // One more than the page, to know whether there is a next one without a count.
  const rows = await listOrganisationAuditEvents(ctx.db, ctx.principal.organisation.id, { after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map((row) => ({
      id: row.id,
      action: row.action,
      actor:
        row.actorUserId === null && isScheduledAction(row.action)
          ? SCHEDULED_JOB
          : row.actorUserId === null && isCandidateAction(row.action)
            ? CANDIDATE
            : row.actorUserId === null || row.actorEmail === null
            ? FORMER_MEMBER
            : (row.actorDisplayName ?? row.actorEmail),
      targetType: row.targetType,
      targetId: row.targetId,
      oldValues: row.oldValues,
      newValues: row.newValues,
      createdAt: row.createdAt,
    })),
    nextCursor: rows.length > limit && last ? encodeAuditCursor({ createdAt: last.createdAtKey, seq: last.seq }) : null,
  };
}
