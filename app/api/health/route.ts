import { carriesCronSecret, defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { healthReport } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Public; with the CRON_SECRET bearer the report also lists each scheduled job's last run. */
export const GET = defineRoute({ name: "health", auth: "public" }, async (ctx, _input, { request }) => {
  const report = await healthReport(ctx, { jobs: carriesCronSecret(request) });
  return jsonResponse(report, { "Cache-Control": "no-store" }, report.status === "ok" ? 200 : 503);
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
