import { NextResponse } from "next/server";
import { z } from "zod";
import { jsonResponse, methodNotAllowed, readJson, withUser } from "@/lib/api/route";
import { parseInput } from "@/lib/api/validation";
import { deleteAllSessions, listSavedSessions, startSession } from "@/lib/practice/session";
import { practiceOptions, readOptionalJson } from "@/lib/practice/session/request-context";

/** The phrase that must accompany "delete my whole history", so a stray DELETE cannot wipe it. */
const DELETE_ALL_PHRASE = "delete all";
const deleteAllSchema = z.object({
  confirm: z.literal(DELETE_ALL_PHRASE, `Type "${DELETE_ALL_PHRASE}" to confirm.`),
});

/** Starts a practice session: 201 with the session and its questions. */
export const POST = withUser("practice.sessions.start", async (request, { user }) => {
  const session = await startSession(user.id, await readJson(request), practiceOptions(request));
  return NextResponse.json({ session }, { status: 201 });
});

/** The signed-in user's saved sessions, newest first. */
export const GET = withUser("practice.sessions.list", async (_request, { user }) => {
  return jsonResponse({ sessions: await listSavedSessions(user.id) }, { "Cache-Control": "no-store" });
});

/** Deletes every one of the user's sessions; needs `{ "confirm": "delete all" }` (422 otherwise). */
export const DELETE = withUser("practice.sessions.delete-all", async (request, { user }) => {
  parseInput(deleteAllSchema, await readOptionalJson(request));
  const deleted = await deleteAllSessions(user.id, practiceOptions(request));
  return jsonResponse({ deleted });
});

export const PUT = methodNotAllowed(["GET", "POST", "DELETE"]);
export const PATCH = methodNotAllowed(["GET", "POST", "DELETE"]);
