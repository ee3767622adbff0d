/** The app's job runner over every registered job (lib/jobs/registry.ts). */
import "server-only";
import { JOBS } from "./registry";
import { createJobRunner } from "./runner";

const runner = createJobRunner(JOBS);

/** Runs one registered job now; see createJobRunner for the locking and what is recorded. */
export const runJob = runner.runJob;

export { CRON_ROUTE_JOBS, JOBS, type JobName, RETENTION_JOB_NAMES } from "./registry";
export type { JobRunReport } from "./runner";
