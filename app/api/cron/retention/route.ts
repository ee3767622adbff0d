import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CRON_ROUTE_JOBS } from "@/lib/jobs";
import { runCronJobs } from "@/lib/jobs/cron";

export const dynamic = "force-dynamic";

/**
 * Runs every retention job (lib/jobs/registry.ts: assessment retention, saved practice sessions, audit events and
 * sign-ins, expired invites, ended sign-in sessions, the job run log), one after another, as the system principal:
 * `{ jobs: { <name>: { outcome, rowsAffected, durationMs, ... } } }`, 500 when any failed. Vercel Cron calls it hourly
 * with GET and the CRON_SECRET bearer; other schedulers may POST.
 */
export const POST = defineRoute({ name: "cron.retention", auth: "cron" }, async (ctx) => {
  const run = await runCronJobs(ctx, CRON_ROUTE_JOBS.retention);
  return jsonResponse(run.body, { "Cache-Control": "no-store" }, run.failed ? 500 : 200);
});

export const GET = POST;

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
