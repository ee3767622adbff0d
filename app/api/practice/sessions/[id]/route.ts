import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { deleteSession, getSessionDetail } from "@/lib/practice/session";

type Extra = { request: Request; params: { id: string } };

/** One of the user's sessions in full; 404 when it is not theirs. */
export const GET = defineRoute({ name: "practice.session.detail", auth: "user" }, async (ctx, _input, { params }: Extra) => {
  return jsonResponse({ session: await getSessionDetail(ctx, params.id) }, { "Cache-Control": "no-store" });
});

/** Deletes one session from the history: 204; 404 when it is not theirs. */
export const DELETE = defineRoute({ name: "practice.session.delete", auth: "user" }, async (ctx, _input, { params }: Extra) => {
  await deleteSession(ctx, params.id);
  return new Response(null, { status: 204 });
});

export const { POST, PUT, PATCH } = methodsOtherThan("GET", "DELETE");
