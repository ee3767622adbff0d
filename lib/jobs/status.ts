/**
 * The last run of each registered job, for operators: `npm run jobs:status` prints it, and /api/health adds it when
 * the request carries the cron secret. A job that never ran is listed with `lastRun: null`.
 */
import "server-only";
import { listLatestJobRuns } from "@/db/queries/job-runs";
import type { RequestContext } from "@/lib/context/request-context";
import { systemContext } from "@/lib/context/request-context";
import { JOBS } from "./registry";

export type JobStatus = {
  job: string;
  intervalMs: number;
  lastRun: { trigger: string; outcome: string; rowsAffected: number; durationMs: number; error: string | null; startedAt: string; finishedAt: string } | null;
};

/** Reads the run log as the system principal (job_runs is system-only), over the caller's database. */
export async function jobStatuses(ctx: Pick<RequestContext, "services" | "now">): Promise<JobStatus[]> {
  const system = systemContext("jobs-status", { services: ctx.services, now: () => ctx.now() });
  const latest = new Map((await listLatestJobRuns(system.db)).map((run) => [run.job, run]));
  return JOBS.map((job) => {
    const run = latest.get(job.name);
    return {
      job: job.name,
      intervalMs: job.intervalMs,
      lastRun: run
        ? {
            trigger: run.trigger,
            outcome: run.outcome,
            rowsAffected: run.rowsAffected,
            durationMs: run.durationMs,
            error: run.error,
            startedAt: run.startedAt.toISOString(),
            finishedAt: run.finishedAt.toISOString(),
          }
        : null,
    };
  });
}
