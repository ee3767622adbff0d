import { jsonResponse, methodNotAllowed, withUser } from "@/lib/api/route";
import { finishSession } from "@/lib/practice/session";

/** Finishes a session and returns it with its summary; idempotent. */
export const POST = withUser<{ id: string }>("practice.session.finish", async (_request, { user, params }) => {
  return jsonResponse({ session: await finishSession(user.id, params.id) });
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
