/**
 * The data-rights retention sweeps (issue #14), one function per job. Each deletes what its period (from
 * retention-rules.ts) has run out on at `ctx.now()`, as the system principal, and says how many rows went. The job
 * run log is their record: deleting audit events is not itself audited, or the sweep would never empty the log.
 */
import "server-only";
import { deleteJobRunsBefore } from "@/db/queries/job-runs";
import {
  deleteAuditEventsBefore,
  deleteEndedAuthSessions,
  deleteExpiredOrganisationInvites,
  deleteSavedPracticeSessionsPastRetention,
  deleteSignInEventsBefore,
  deleteUnusedCandidateInvites,
} from "@/db/queries/retention-jobs";
import type { SystemContext } from "@/lib/context/request-context";
import type { JobResult } from "./job";
import {
  AUDIT_RETENTION_DAYS,
  daysBefore,
  ENDED_SESSION_RETENTION_DAYS,
  EXPIRED_INVITE_RETENTION_DAYS,
  JOB_RUN_RETENTION_DAYS,
  PRACTICE_RETENTION_DAYS,
  SIGN_IN_RETENTION_DAYS,
} from "./retention-rules";

/** Saved practice sessions older than the period their owner chose in their privacy settings. */
export async function applyPracticeRetention(ctx: SystemContext): Promise<JobResult> {
  const now = ctx.now();
  const deleted = await deleteSavedPracticeSessionsPastRetention(ctx.db, {
    "90d": daysBefore(now, PRACTICE_RETENTION_DAYS["90d"]),
    "1y": daysBefore(now, PRACTICE_RETENTION_DAYS["1y"]),
  });
  return { rowsAffected: deleted, detail: { sessionsDeleted: deleted } };
}

/** Audit events and sign-in history past a year. */
export async function applyAuditRetention(ctx: SystemContext): Promise<JobResult> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const auditEvents = await deleteAuditEventsBefore(tx, daysBefore(now, AUDIT_RETENTION_DAYS));
    const signIns = await deleteSignInEventsBefore(tx, daysBefore(now, SIGN_IN_RETENTION_DAYS));
    return { rowsAffected: auditEvents + signIns, detail: { auditEvents, signIns } };
  });
}

/** Member invites never answered and candidate invites never used, 30 days after they expired. */
export async function deleteExpiredInvites(ctx: SystemContext): Promise<JobResult> {
  const expiredBefore = daysBefore(ctx.now(), EXPIRED_INVITE_RETENTION_DAYS);
  return ctx.db.transaction(async (tx) => {
    const memberInvites = await deleteExpiredOrganisationInvites(tx, expiredBefore);
    const candidateInvites = await deleteUnusedCandidateInvites(tx, expiredBefore);
    return { rowsAffected: memberInvites + candidateInvites, detail: { memberInvites, candidateInvites } };
  });
}

/** Local sign-in sessions 30 days after they ended or expired. */
export async function deleteEndedSessions(ctx: SystemContext): Promise<JobResult> {
  const deleted = await deleteEndedAuthSessions(ctx.db, daysBefore(ctx.now(), ENDED_SESSION_RETENTION_DAYS));
  return { rowsAffected: deleted, detail: { sessionsDeleted: deleted } };
}

/** The job run log past 90 days. */
export async function pruneJobRuns(ctx: SystemContext): Promise<JobResult> {
  const deleted = await deleteJobRunsBefore(ctx.db, daysBefore(ctx.now(), JOB_RUN_RETENTION_DAYS));
  return { rowsAffected: deleted, detail: { runsDeleted: deleted } };
}
