import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validation";
import {
  deleteAllSessions,
  deleteAllSessionsSchema,
  historyPageQuerySchema,
  listSavedSessions,
  PRACTICE_ALLOWANCES,
  startSession,
  startSessionInputSchema,
} from "@/lib/practice/session";

/** Starts a practice session: 201 with the session and its questions. 20 a day per user. */
export const POST = defineRoute(
  { name: "practice.sessions.start", auth: "user", input: startSessionInputSchema, limit: PRACTICE_ALLOWANCES.sessions },
  async (ctx, input) => jsonResponse({ session: await startSession(ctx, input) }, {}, 201),
);

/**
 * A page of the signed-in user's saved sessions, newest first: `?limit=` (1–100, default 50) and `?cursor=` (the
 * previous page's `nextCursor`) → `{ sessions, nextCursor }`, `nextCursor` null on the last page. 422 for a cursor
 * this server did not issue or a bad limit.
 */
export const GET = defineRoute({ name: "practice.sessions.list", auth: "user" }, async (ctx, _input, { request }) => {
  const query = parseInput(historyPageQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return jsonResponse(await listSavedSessions(ctx, query), { "Cache-Control": "no-store" });
});

/** Deletes every one of the user's sessions; needs `{ "confirm": "delete all" }` (422 otherwise). */
export const DELETE = defineRoute(
  { name: "practice.sessions.delete-all", auth: "user", input: deleteAllSessionsSchema, body: "optional-json" },
  async (ctx) => jsonResponse({ deleted: await deleteAllSessions(ctx) }),
);

export const { PUT, PATCH } = methodsOtherThan("GET", "POST", "DELETE");
