import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { declineInvite } from "@/lib/orgs/invites/invite-acceptance";

/** Declines the invite: `{ state: "declined" }`, the same again on a repeat. 403 for another email, 404 / 410 for a dead link. */
export const POST = defineRoute({ name: "invites.decline", auth: "user" }, async (ctx, _input, { params }: { params: { token: string } }) =>
  jsonResponse(await declineInvite(ctx, params.token)),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
