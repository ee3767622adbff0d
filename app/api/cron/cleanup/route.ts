import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CRON_ROUTE_JOBS } from "@/lib/jobs";
import { runCronJob } from "@/lib/jobs/cron";

export const dynamic = "force-dynamic";

/**
 * Runs the abandoned-practice-session job (lib/jobs) across all users, as the system principal:
 * `{ outcome, rowsAffected, durationMs, deleted }`, 500 when the run failed. Vercel Cron calls it with GET (elsewhere
 * the server runs the job itself); other schedulers may POST. Both need the CRON_SECRET bearer.
 */
export const POST = defineRoute({ name: "cron.cleanup", auth: "cron" }, async (ctx) => {
  const run = await runCronJob(ctx, CRON_ROUTE_JOBS.cleanup[0]);
  return jsonResponse(run.body, { "Cache-Control": "no-store" }, run.failed ? 500 : 200);
});

export const GET = POST;

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
