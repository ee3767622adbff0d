/**
 * What the cron routes (app/api/cron/*) do: run registered jobs through the same runner as the in-server scheduler,
 * with the route's clock and services, and answer with the reports. On Vercel these routes are the scheduler.
 */
import "server-only";
import type { SystemContext } from "@/lib/context/request-context";
import { type JobName, runJob } from "./index";
import type { JobRunReport } from "./runner";

/** One job's answer: its outcome and counts flattened (`{ outcome, rowsAffected, durationMs, deleted }`). */
export type CronJobAnswer = Omit<JobRunReport, "detail"> & Record<string, unknown>;

function answerOf({ detail, ...report }: JobRunReport): CronJobAnswer {
  return { ...detail, ...report };
}

/** Runs one job for a cron call; `failed` says whether the route should answer 500 so the caller sees it. */
export async function runCronJob(ctx: SystemContext, name: JobName): Promise<{ body: CronJobAnswer; failed: boolean }> {
  const report = await runJob(name, "cron", { now: () => ctx.now(), services: ctx.services });
  return { body: answerOf(report), failed: report.outcome === "failed" };
}

/** Runs several jobs one after another (each takes its own lock) and answers with every report, keyed by job. */
export async function runCronJobs(ctx: SystemContext, names: readonly JobName[]): Promise<{ body: { jobs: Record<string, CronJobAnswer> }; failed: boolean }> {
  const jobs: Record<string, CronJobAnswer> = {};
  let failed = false;
  for (const name of names) {
    const run = await runCronJob(ctx, name);
    jobs[name] = run.body;
    failed ||= run.failed;
  }
  return { body: { jobs }, failed };
}
