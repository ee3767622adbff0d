import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/api/app-error";
import { jsonResponse, methodNotAllowed, publicRoute } from "@/lib/api/route";
import { cronSecret } from "@/lib/env";
import { cleanupAbandonedSessions } from "@/lib/practice/session";

export const dynamic = "force-dynamic";

/**
 * Whether the request carries `Authorization: Bearer <secret>`. Both sides are hashed first so the buffers
 * timingSafeEqual compares always have the same length, and the comparison leaks neither content nor length.
 */
function hasBearer(request: Request, secret: string): boolean {
  const header = request.headers.get("authorization") ?? "";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(header), digest(`Bearer ${secret}`));
}

/**
 * Sweeps abandoned practice sessions across all users. Called by the scheduler with the CRON_SECRET bearer; Vercel
 * Cron calls with GET, other schedulers may POST, and both need the secret.
 */
export const POST = publicRoute("cron.cleanup", async (request) => {
  if (!cronSecret) throw new AppError("unavailable", "Scheduled jobs are not configured on this server.");
  if (!hasBearer(request, cronSecret)) throw new AppError("unauthorized", "A valid cron secret is required.");
  const deleted = await cleanupAbandonedSessions();
  return jsonResponse({ deleted }, { "Cache-Control": "no-store" });
});

export const GET = POST;
export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = methodNotAllowed(["GET", "POST"]);
export const DELETE = methodNotAllowed(["GET", "POST"]);
