import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { viewInvite } from "@/lib/orgs/invites/invite-acceptance";

/** The invite a link opens: organisation, role, inviter, and whether the signed-in email is the invited one. 404 / 410. */
export const GET = defineRoute({ name: "invites.view", auth: "user" }, async (ctx, _input, { params }: { params: { token: string } }) =>
  jsonResponse({ invite: await viewInvite(ctx, params.token) }, { "Cache-Control": "no-store" }),
);

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
