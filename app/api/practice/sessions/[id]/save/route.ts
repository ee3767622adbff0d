import { jsonResponse, methodNotAllowed, withUser } from "@/lib/api/route";
import { saveSession } from "@/lib/practice/session";
import { practiceOptions, readOptionalJson } from "@/lib/practice/session/request-context";

/** Saves a finished session; an optional body states the scores the client showed, which must match (422). */
export const POST = withUser<{ id: string }>("practice.session.save", async (request, { user, params }) => {
  const claims = await readOptionalJson(request);
  return jsonResponse({ session: await saveSession(user.id, params.id, claims, practiceOptions(request)) });
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
