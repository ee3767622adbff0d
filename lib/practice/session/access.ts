/**
 * Finding the caller's own session. A session that does not exist and one that belongs to someone else get the same
 * 404, so ids cannot be probed; row-level security would hide the other's row anyway, the owner filter says so first.
 */
import "server-only";
import { findPracticeSession } from "@/db/queries/practice";
import type { ScopedDb } from "@/db/scoped";
import type { PracticeSession } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { UserContext } from "@/lib/context/request-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The 404 for any session the caller cannot see. */
export function sessionNotFound(): AppError {
  return new AppError("not_found", "We could not find that practice session.");
}

/** The signed-in candidate's user id. */
export function ownerOf(ctx: UserContext): string {
  return ctx.principal.user.id;
}

/**
 * Loads the caller's session or throws 404 (a malformed id cannot name a session, so it is a 404 too, not a 500).
 * Pass `db` from a transaction to read (and, with `lock`, lock) the row inside it.
 */
export async function loadOwnSession(
  ctx: UserContext,
  sessionId: string,
  options: { lock?: boolean; db?: ScopedDb } = {},
): Promise<PracticeSession> {
  if (!UUID.test(sessionId)) throw sessionNotFound();
  const row = await findPracticeSession(options.db ?? ctx.db, ownerOf(ctx), sessionId, { lock: options.lock });
  if (!row) throw sessionNotFound();
  return row;
}

/** Whether the id could name a session at all (checked before touching the database). */
export function isSessionId(sessionId: string): boolean {
  return UUID.test(sessionId);
}
