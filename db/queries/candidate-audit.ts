/**
 * A candidate's milestones in the inviting organisation's audit log. Runs in the candidate's scope: migration 0013's
 * `audit_events_candidate` policy lets it append an event with no actor, for its own invite, in that invite's
 * organisation, and nothing else. Insert only, with no RETURNING: the candidate may not read the log, and PostgreSQL
 * would check a returned row against the read policies.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { runScoped, type ScopedDb } from "../scoped";
import { auditEvents, type JsonObject } from "../schema";

export type CandidateAuditEventInput = {
  /** `assessment.attempt.*`: the policy refuses any other action from a candidate's scope. */
  action: `assessment.attempt.${string}`;
  orgId: string;
  inviteId: string;
  newValues?: JsonObject | null;
  ipHash: string | null;
};

export async function recordCandidateAuditEvent(db: ScopedDb, input: CandidateAuditEventInput): Promise<void> {
  await runScoped(db, async (conn) => {
    await conn.insert(auditEvents).values({
      actorUserId: null,
      action: input.action,
      targetType: "candidate_invite",
      targetId: input.inviteId,
      newValues: input.newValues ?? null,
      ipHash: input.ipHash,
      orgId: input.orgId,
    });
  });
}
