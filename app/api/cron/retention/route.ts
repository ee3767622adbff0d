import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { applyAssessmentRetention } from "@/lib/assessments/retention/retention-service";

export const dynamic = "force-dynamic";

/**
 * Applies assessment retention across every organisation, as the system principal: proctoring timelines 30 days after
 * submission, candidates' names, emails and answers after their organisation's retention period. Called by the
 * scheduler with the CRON_SECRET bearer (GET from Vercel Cron, POST elsewhere).
 */
export const POST = defineRoute({ name: "cron.retention", auth: "cron" }, async (ctx) => {
  return jsonResponse(await applyAssessmentRetention(ctx), { "Cache-Control": "no-store" });
});

export const GET = POST;

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
