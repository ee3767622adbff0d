import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CRON_ROUTE_JOBS } from "@/lib/jobs";
import { runCronJob } from "@/lib/jobs/cron";

export const dynamic = "force-dynamic";

/**
 * Runs the assessment-reminder job (lib/jobs): the one reminder each unopened candidate invite gets in its last 24
 * hours, as the system principal: `{ outcome, rowsAffected, durationMs, sent, failed }` (failed sends are tried again
 * on the next run). Vercel Cron calls it every 15 minutes with GET and the CRON_SECRET bearer; other schedulers may POST.
 */
export const POST = defineRoute({ name: "cron.reminders", auth: "cron" }, async (ctx) => {
  const run = await runCronJob(ctx, CRON_ROUTE_JOBS.reminders[0]);
  return jsonResponse(run.body, { "Cache-Control": "no-store" }, run.failed ? 500 : 200);
});

export const GET = POST;

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
