/**
 * Every scheduled job, in one list: the in-server scheduler runs each on its interval, the cron routes run them by
 * name on Vercel, and `npm run jobs:status` lists them. A job added here runs everywhere.
 */
import "server-only";
import { applyAssessmentRetention } from "@/lib/assessments/retention/retention-service";
import { sendAssessmentReminders } from "@/lib/assessments/invites/reminder-service";
import { cleanupAbandonedSessions } from "@/lib/practice/session";
import type { Job } from "./job";
import { applyAuditRetention, applyPracticeRetention, deleteEndedSessions, deleteExpiredInvites, pruneJobRuns } from "./retention-jobs";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export const JOBS = [
  {
    name: "abandoned-sessions",
    intervalMs: 15 * MINUTE_MS,
    async run(ctx) {
      const deleted = await cleanupAbandonedSessions(ctx);
      return { rowsAffected: deleted, detail: { deleted } };
    },
  },
  {
    name: "assessment-reminders",
    intervalMs: 15 * MINUTE_MS,
    async run(ctx) {
      const { sent, failed } = await sendAssessmentReminders(ctx);
      return { rowsAffected: sent, detail: { sent, failed } };
    },
  },
  {
    name: "assessment-retention",
    intervalMs: HOUR_MS,
    async run(ctx) {
      const result = await applyAssessmentRetention(ctx);
      return { rowsAffected: result.proctoringEventsDeleted + result.candidatesAnonymised, detail: result };
    },
  },
  { name: "practice-retention", intervalMs: HOUR_MS, run: applyPracticeRetention },
  { name: "audit-retention", intervalMs: HOUR_MS, run: applyAuditRetention },
  { name: "expired-invites", intervalMs: HOUR_MS, run: deleteExpiredInvites },
  { name: "ended-sessions", intervalMs: HOUR_MS, run: deleteEndedSessions },
  { name: "job-runs-retention", intervalMs: 24 * HOUR_MS, run: pruneJobRuns },
] as const satisfies readonly Job[];

export type JobName = (typeof JOBS)[number]["name"];

/**
 * Which cron route (/api/cron/<key>) runs which jobs on Vercel, where vercel.json schedules the routes: every job
 * belongs to exactly one (a test checks), and the hourly ones share /api/cron/retention so the cron list stays short.
 */
export const CRON_ROUTE_JOBS = {
  cleanup: ["abandoned-sessions"],
  reminders: ["assessment-reminders"],
  retention: ["assessment-retention", "practice-retention", "audit-retention", "expired-invites", "ended-sessions", "job-runs-retention"],
} as const satisfies Record<string, readonly JobName[]>;

export const RETENTION_JOB_NAMES = CRON_ROUTE_JOBS.retention;
