import { jsonResponse, methodNotAllowed, withUser } from "@/lib/api/route";
import { deleteSession, getSessionDetail } from "@/lib/practice/session";
import { practiceOptions } from "@/lib/practice/session/request-context";

type Params = { id: string };

/** One of the user's sessions in full; 404 when it is not theirs. */
export const GET = withUser<Params>("practice.session.detail", async (_request, { user, params }) => {
  return jsonResponse({ session: await getSessionDetail(user.id, params.id) }, { "Cache-Control": "no-store" });
});

/** Deletes one session from the history: 204; 404 when it is not theirs. */
export const DELETE = withUser<Params>("practice.session.delete", async (request, { user, params }) => {
  await deleteSession(user.id, params.id, practiceOptions(request));
  return new Response(null, { status: 204 });
});

export const POST = methodNotAllowed(["GET", "DELETE"]);
export const PUT = methodNotAllowed(["GET", "DELETE"]);
export const PATCH = methodNotAllowed(["GET", "DELETE"]);
