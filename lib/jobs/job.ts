/** What a scheduled job is, and what one run of it reports. */
import type { SystemContext } from "@/lib/context/request-context";

/** What a run did: the rows it changed, and the job's own counts for the cron route's answer. */
export type JobResult = { rowsAffected: number; detail?: Record<string, number> };

export type Job = {
  readonly name: string;
  /** How often the in-server scheduler runs it (Vercel Cron's schedules in vercel.json match). */
  readonly intervalMs: number;
  run(ctx: SystemContext): Promise<JobResult>;
};

/** Who started a run: the in-server scheduler, a cron route (Vercel Cron or another scheduler), or the CLI. */
export type JobTrigger = "scheduler" | "cron" | "cli";
