import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { sendAssessmentReminders } from "@/lib/assessments/invites/reminder-service";

export const dynamic = "force-dynamic";

/**
 * Sends the one reminder each unopened candidate invite gets in its last 24 hours, as the system principal:
 * `{ sent, failed }` (failed ones are tried again on the next run). Called by the scheduler every 15 minutes with the
 * CRON_SECRET bearer; Vercel Cron calls with GET, other schedulers may POST.
 */
export const POST = defineRoute({ name: "cron.reminders", auth: "cron" }, async (ctx) =>
  jsonResponse(await sendAssessmentReminders(ctx), { "Cache-Control": "no-store" }),
);

export const GET = POST;

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
