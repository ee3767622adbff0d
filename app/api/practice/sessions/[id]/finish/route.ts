import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { finishSession } from "@/lib/practice/session";

/** Finishes a session and returns it with its summary; idempotent. */
export const POST = defineRoute(
  { name: "practice.session.finish", auth: "user" },
  async (ctx, _input, { params }: { request: Request; params: { id: string } }) => {
    return jsonResponse({ session: await finishSession(ctx, params.id) });
  },
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
