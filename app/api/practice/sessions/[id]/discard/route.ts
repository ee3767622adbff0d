import { methodNotAllowed, withUser } from "@/lib/api/route";
import { discardSession } from "@/lib/practice/session";
import { practiceOptions } from "@/lib/practice/session/request-context";

/** Discards a session, whatever its status: 204, nothing of it remains. */
export const POST = withUser<{ id: string }>("practice.session.discard", async (request, { user, params }) => {
  await discardSession(user.id, params.id, practiceOptions(request));
  return new Response(null, { status: 204 });
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
