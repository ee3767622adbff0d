import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { revokeInvite } from "@/lib/orgs/invites/invite-service";

/** Revokes a pending invite: `{ invite }`. 404 for another organisation's id, 403 for a role the caller may not manage, 410 once closed. */
export const DELETE = defineRoute(
  { name: "orgs.invites.revoke", auth: "user", org: "reviewers.manage" },
  async (ctx, _input, { params }: { params: { slug: string; inviteId: string } }) =>
    jsonResponse({ invite: await revokeInvite(ctx, params.inviteId) }),
);

export const { GET, POST, PUT, PATCH } = methodsOtherThan("DELETE");
