import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { cleanupAbandonedSessions } from "@/lib/practice/session";

export const dynamic = "force-dynamic";

/**
 * Sweeps abandoned practice sessions across all users, as the system principal. Called by the scheduler with the
 * CRON_SECRET bearer; Vercel Cron calls with GET, other schedulers may POST, and both need the secret.
 */
export const POST = defineRoute({ name: "cron.cleanup", auth: "cron" }, async (ctx) => {
  return jsonResponse({ deleted: await cleanupAbandonedSessions(ctx) }, { "Cache-Control": "no-store" });
});

export const GET = POST;

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
