/**
 * What /api/health reports: database reachability and the adapter behind each service. Never a secret. For a caller
 * holding the cron secret (operators, monitors) it adds the last run of each scheduled job.
 *
 * The database check is shared: a ping completed less than a second ago answers for every health request that
 * follows, and callers arriving while one is under way wait for it. A load balancer or a monitor polling health then
 * costs the database at most one `select 1` a second, however often it asks, and an outage still shows within a
 * second (503, from the route). Keyed on the context's database opener, so a test's own database gets its own checks.
 */
import "server-only";
import { adapters } from "@/lib/env";
import { type DatabasePing, pingDatabase } from "@/db/queries/health";
import type { RequestContext } from "@/lib/context/request-context";
import { type JobStatus, jobStatuses } from "@/lib/jobs/status";

export type HealthReport = {
  status: "ok" | "degraded";
  database: { reachable: boolean; latencyMs: number };
  adapters: typeof adapters;
  version: string;
  /** Only for callers with the cron secret; null when the run log could not be read. */
  jobs?: JobStatus[] | null;
};

/** How long a finished database check stands for the next health requests. */
export const HEALTH_CHECK_REUSE_MS = 1000;

type SharedCheck = { ping: Promise<DatabasePing>; finishedAt: number | null };
const checks = new WeakMap<RequestContext["services"]["database"], SharedCheck>();

function databaseCheck(ctx: RequestContext): Promise<DatabasePing> {
  const opener = ctx.services.database;
  const last = checks.get(opener);
  const now = performance.now();
  if (last && (last.finishedAt === null || now - last.finishedAt < HEALTH_CHECK_REUSE_MS)) return last.ping;
  const check: SharedCheck = { ping: pingDatabase(ctx.db), finishedAt: null };
  // pingDatabase never rejects: it reports failure in its result.
  void check.ping.then(() => {
    check.finishedAt = performance.now();
  });
  checks.set(opener, check);
  return check.ping;
}

export async function healthReport(ctx: RequestContext, options: { jobs?: boolean } = {}): Promise<HealthReport> {
  const ping = await databaseCheck(ctx);
  const report: HealthReport = {
    status: ping.ok ? "ok" : "degraded",
    database: { reachable: ping.ok, latencyMs: ping.latencyMs },
    adapters,
    version: "0.1.0",
  };
  if (!options.jobs) return report;
  // A database that is down already shows as "degraded"; the job list must not turn that into a 500.
  return { ...report, jobs: ping.ok ? await jobStatuses(ctx).catch(() => null) : null };
}
