import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { discardSession } from "@/lib/practice/session";

/** Discards a session, whatever its status: 204, nothing of it remains. */
export const POST = defineRoute(
  { name: "practice.session.discard", auth: "user" },
  async (ctx, _input, { params }: { request: Request; params: { id: string } }) => {
    await discardSession(ctx, params.id);
    return new Response(null, { status: 204 });
  },
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
