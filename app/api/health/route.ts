import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { healthReport } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ name: "health", auth: "public" }, async (ctx) => {
  const report = await healthReport(ctx);
  return jsonResponse(report, { "Cache-Control": "no-store" }, report.status === "ok" ? 200 : 503);
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
