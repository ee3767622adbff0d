/**
 * The candidate's milestones in the organisation's audit log: started (with the notice's version agreed to) and
 * submitted. Never an answer's text, a score, the candidate's name or email: the invite's id names who it was, for
 * those allowed to see invites. Written in the caller's transaction, so an event exists exactly when its change does.
 */
import "server-only";
import { recordCandidateAuditEvent } from "@/db/queries/candidate-audit";
import type { CandidateLink } from "@/db/queries/candidate-links";
import type { ScopedDb } from "@/db/scoped";
import type { JsonObject } from "@/db/schema";
import type { CandidateContext } from "@/lib/context/request-context";

export const CANDIDATE_AUDIT_ACTIONS = {
  started: "assessment.attempt.start",
  submitted: "assessment.attempt.submit",
} as const;

export async function auditCandidateMilestone(
  ctx: CandidateContext,
  db: ScopedDb,
  link: CandidateLink,
  milestone: keyof typeof CANDIDATE_AUDIT_ACTIONS,
  newValues: JsonObject,
): Promise<void> {
  await recordCandidateAuditEvent(db, {
    action: CANDIDATE_AUDIT_ACTIONS[milestone],
    orgId: link.invite.orgId,
    inviteId: link.invite.id,
    newValues,
    ipHash: ctx.ipHash,
  });
}
