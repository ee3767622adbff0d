import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { changeMemberRole, removeMember } from "@/lib/orgs/members-service";
import { changeMemberRoleSchema } from "@/lib/orgs/schemas";

type Extra = { request: Request; params: { slug: string; memberId: string } };

/**
 * Changes a member's role. The wrapper admits managers and owners (`reviewers.manage`); the service then checks both
 * the member's current role and the new one (403), and that an owner remains (409). 404 for another organisation's member.
 */
export const PATCH = defineRoute(
  { name: "orgs.members.change-role", auth: "user", org: "reviewers.manage", input: changeMemberRoleSchema },
  async (ctx, input, { params }: Extra) =>
    jsonResponse({ member: { id: params.memberId, role: await changeMemberRole(ctx, params.memberId, input) } }),
);

/** Removes a member: 204. Same rules as a role change on the member's current role. */
export const DELETE = defineRoute({ name: "orgs.members.remove", auth: "user", org: "reviewers.manage" }, async (ctx, _input, { params }: Extra) => {
  await removeMember(ctx, params.memberId);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT } = methodsOtherThan("PATCH", "DELETE");
