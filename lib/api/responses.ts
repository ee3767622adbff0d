/**
 * The answers every wrapper shares: the JSON error shape for an AppError, a plain JSON answer, and the one way an
 * unexpected error is logged (without personal data) and reported.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { isDatabaseUnavailable } from "@/db/errors";
import { AppError, errorBody } from "@/lib/api/app-error";
import { log } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/sentry-server";

export function errorResponse(error: AppError, requestId?: string): Response {
  return jsonResponse(errorBody(error, requestId), error.headers, error.status);
}

/**
 * A JSON answer as a plain Response: the same body and headers as `NextResponse.json(body, { headers })`, at about
 * half the cost (NextResponse.json builds a Response, then copies it into a second one and checks every header again).
 */
export function jsonResponse(body: unknown, headers: Record<string, string> = {}, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

export const DATABASE_UNAVAILABLE_MESSAGE = "Our database is not answering right now. Nothing you saved is lost; please try again in a minute.";

/**
 * What the client is told about an error: an AppError as it is; an unreachable database as a 503 (logged as a warning,
 * not reported as a bug); anything else as a 500 carrying the request id, logged and reported without personal data.
 */
export function toAppError(error: unknown, where: { route?: string; action?: string; requestId: string }): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    log.warn("database_unavailable", { ...where });
    return new AppError("database_unavailable", DATABASE_UNAVAILABLE_MESSAGE, { headers: { "Retry-After": "30" } });
  }
  reportUnexpectedError(where.route ?? where.action ?? "unknown", error, where.requestId);
  return new AppError("internal", "Something went wrong on our side.");
}

/**
 * Logs (the error's class only: messages can quote SQL parameters) and reports to Sentry an error nobody expected,
 * under the request id the answer carries, so a report can be matched to the event. Also used once a stream has begun.
 */
export function reportUnexpectedError(route: string, error: unknown, requestId: string = randomUUID()): string {
  log.error("route_failed", { route, requestId, error: error instanceof Error ? error.name : "unknown" });
  reportError(error, { route, requestId });
  return requestId;
}
