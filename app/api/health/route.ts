import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/api/route";
import { healthReport } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = publicRoute("health", async () => {
  const report = await healthReport();
  return NextResponse.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
