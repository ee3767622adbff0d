/**
 * Starts the in-server scheduler once per process (instrumentation.ts calls this from `register()`), unless jobs run
 * elsewhere: Vercel Cron on Vercel, an external cron with JOBS_SCHEDULER=off. The handle lives on globalThis because
 * the development server may load this module more than once, and two schedulers would run every job twice.
 */
import "server-only";
import { jobScheduler } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import { JOBS, runJob } from "./index";
import { type Scheduler, startScheduler } from "./scheduler";

const SCHEDULER_KEY = "__rehearseJobScheduler";
const holder = globalThis as typeof globalThis & { [SCHEDULER_KEY]?: Scheduler };

export function startJobScheduler(): void {
  if (jobScheduler !== "in-server" || holder[SCHEDULER_KEY]) return;
  holder[SCHEDULER_KEY] = startScheduler({ jobs: JOBS, runJob });
  log.info("jobs.scheduler_started", { jobs: JOBS.length });
}

export function stopJobScheduler(): void {
  holder[SCHEDULER_KEY]?.stop();
  delete holder[SCHEDULER_KEY];
}
