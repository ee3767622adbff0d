import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { saveClaimsSchema, saveSession } from "@/lib/practice/session";

/** Saves a finished session; an optional body states the scores the client showed, which must match (422). */
export const POST = defineRoute(
  { name: "practice.session.save", auth: "user", input: saveClaimsSchema.optional(), body: "optional-json" },
  async (ctx, claims, { params }: { request: Request; params: { id: string } }) => {
    return jsonResponse({ session: await saveSession(ctx, params.id, claims) });
  },
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
