import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { acceptInvite } from "@/lib/orgs/invites/invite-acceptance";

/** Accepts the invite: `{ membership }`, the same again on a repeat. 403 for another email, 404 / 410 for a dead link. */
export const POST = defineRoute({ name: "invites.accept", auth: "user" }, async (ctx, _input, { params }: { params: { token: string } }) =>
  jsonResponse(await acceptInvite(ctx, params.token)),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
