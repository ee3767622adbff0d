/**
 * Runs one job by name, at most once at a time across every instance, and records the run.
 *
 * Two guards, because "at once" has two meanings:
 * - In this process, a job that is still running is not started again (a slow run never overlaps the next tick).
 * - Across instances sharing a PostgreSQL database, a transaction-level advisory lock per job: the first instance
 *   takes it, the others see `pg_try_advisory_xact_lock` fail and record "skipped". The lock is held by a transaction
 *   of its own while the job's queries run on other connections, and ends with it, so a crashed instance never
 *   leaves it held. PGlite has one connection and one process (its data folder cannot be opened twice), so there the
 *   process guard is the whole guard: a lock transaction would hold the only connection the job's queries need.
 *
 * Each run, whatever its outcome, appends a job_runs row (outcome, rows affected, duration, and for a failure the
 * error's class and code, never its message) and logs `{ job, rowsAffected, durationMs }`. A run never throws: the
 * scheduler must keep ticking, and the cron route reports the outcome.
 */
import "server-only";
import { insertJobRun, withJobLock } from "@/db/queries/job-runs";
import type { JobRunOutcome } from "@/db/schema";
import { type ContextOptions, type SystemContext, systemContext } from "@/lib/context/request-context";
import { adapters } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/sentry-server";
import type { Job, JobResult, JobTrigger } from "./job";

export type JobRunReport = {
  job: string;
  outcome: JobRunOutcome;
  rowsAffected: number;
  durationMs: number;
  detail?: Record<string, number>;
  error?: string;
};

export type RunOptions = Pick<ContextOptions, "now" | "services">;

export type JobRunner = {
  runJob(name: string, trigger: JobTrigger, options?: RunOptions): Promise<JobRunReport>;
};

/** An error as the run log may keep it: its class and code, never the message (which may quote data). */
export function errorLabel(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" || typeof code === "number" ? `${name}:${code}` : name;
}

/**
 * A runner over `jobs`, with its own in-process guard: the app has one (`runJob` below); a test builds two to play
 * two instances. `useAdvisoryLock` defaults to every database but PGlite (see above).
 */
export function createJobRunner(jobs: readonly Job[], options: { useAdvisoryLock?: boolean } = {}): JobRunner {
  const useAdvisoryLock = options.useAdvisoryLock ?? adapters.database !== "pglite";
  const running = new Set<string>();

  async function attempt(job: Job, ctx: SystemContext): Promise<{ ran: true; result: JobResult } | { ran: false }> {
    if (running.has(job.name)) return { ran: false };
    running.add(job.name);
    try {
      if (!useAdvisoryLock) return { ran: true, result: await job.run(ctx) };
      const locked = await withJobLock(ctx.db, job.name, () => job.run(ctx));
      return locked.locked ? { ran: true, result: locked.value } : { ran: false };
    } finally {
      running.delete(job.name);
    }
  }

  return {
    async runJob(name, trigger, runOptions = {}) {
      const job = jobs.find((candidate) => candidate.name === name);
      if (!job) throw new Error(`Unknown job: ${name}`);
      const ctx = systemContext(name, runOptions);
      const startedAt = ctx.now();
      const started = performance.now();
      let report: JobRunReport;
      try {
        const attempted = await attempt(job, ctx);
        const durationMs = Math.round(performance.now() - started);
        report = attempted.ran
          ? { job: name, outcome: "succeeded", rowsAffected: attempted.result.rowsAffected, durationMs, detail: attempted.result.detail }
          : { job: name, outcome: "skipped", rowsAffected: 0, durationMs };
      } catch (error) {
        report = { job: name, outcome: "failed", rowsAffected: 0, durationMs: Math.round(performance.now() - started), error: errorLabel(error) };
        reportError(error, { action: `job.${name}`, requestId: ctx.requestId });
      }
      await record(ctx, trigger, startedAt, report);
      return report;
    },
  };
}

async function record(ctx: SystemContext, trigger: JobTrigger, startedAt: Date, report: JobRunReport): Promise<void> {
  const fields = { job: report.job, trigger, outcome: report.outcome, rowsAffected: report.rowsAffected, durationMs: report.durationMs };
  if (report.outcome === "failed") log.error("job.failed", { ...fields, error: report.error });
  else log.info("job.run", fields);
  try {
    await insertJobRun(ctx.db, { ...fields, error: report.error ?? null, startedAt });
  } catch (error) {
    // The run itself is over; a log that cannot be written (database down) is reported, not thrown into the scheduler.
    log.error("job.record_failed", { job: report.job, error: errorLabel(error) });
  }
}
