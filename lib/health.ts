/** What /api/health reports: database reachability and the adapter behind each service. Never a secret. */
import "server-only";
import { adapters } from "@/lib/env";
import { pingDatabase } from "@/db/queries/health";
import type { RequestContext } from "@/lib/context/request-context";

export type HealthReport = {
  status: "ok" | "degraded";
  database: { reachable: boolean; latencyMs: number };
  adapters: typeof adapters;
  version: string;
};

export async function healthReport(ctx: RequestContext): Promise<HealthReport> {
  const ping = await pingDatabase(ctx.db);
  return {
    status: ping.ok ? "ok" : "degraded",
    database: { reachable: ping.ok, latencyMs: ping.latencyMs },
    adapters,
    version: "0.1.0",
  };
}
