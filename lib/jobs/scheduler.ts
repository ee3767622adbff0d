/**
 * The in-server scheduler: on every deployment but Vercel (where Vercel Cron calls /api/cron/*), the server process
 * runs each job on its interval itself, so the embedded default needs no external cron.
 *
 * Each job has its own chain of timers: the next run is scheduled only when the previous one has finished, so a slow
 * run never overlaps itself. Every delay carries a random jitter, so instances started together spread their runs
 * (the advisory lock would skip the losers anyway; jitter saves the round trips). Timers are unref'd: they never keep
 * a process alive that is otherwise done. The first runs wait a minute, so a server that only starts to be probed
 * (tests, health checks) is gone before any job touches its database.
 */
import type { Job, JobTrigger } from "./job";

export const FIRST_RUN_DELAY_MS = 60_000;
/** The largest jitter, as a share of the job's interval. */
export const JITTER_SHARE = 0.1;

export type SchedulerDeps = {
  jobs: readonly Pick<Job, "name" | "intervalMs">[];
  runJob(name: string, trigger: JobTrigger): Promise<unknown>;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => { unref?(): unknown };
  clearTimer?: (timer: unknown) => void;
};

export type Scheduler = { stop(): void };

/** Starts one timer chain per job; `stop()` cancels every pending timer (a run under way finishes). */
export function startScheduler(deps: SchedulerDeps): Scheduler {
  const random = deps.random ?? Math.random;
  const setTimer = deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer: unknown) => clearTimeout(timer as NodeJS.Timeout));
  const timers = new Map<string, unknown>();
  let stopped = false;

  function schedule(job: Pick<Job, "name" | "intervalMs">, baseMs: number) {
    if (stopped) return;
    const timer = setTimer(() => {
      timers.delete(job.name);
      // runJob records failures itself and never rejects; the catch only keeps a broken recorder from stopping the chain.
      void deps
        .runJob(job.name, "scheduler")
        .catch(() => undefined)
        .finally(() => schedule(job, job.intervalMs));
    }, baseMs + Math.floor(random() * job.intervalMs * JITTER_SHARE));
    timer.unref?.();
    timers.set(job.name, timer);
  }

  for (const job of deps.jobs) schedule(job, FIRST_RUN_DELAY_MS);
  return {
    stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimer(timer);
      timers.clear();
    },
  };
}
