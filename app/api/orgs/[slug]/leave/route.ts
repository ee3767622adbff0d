import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { leaveOrganisation } from "@/lib/orgs/members-service";

/** The caller leaves the organisation (any member): 204; 409 for its last owner. */
export const POST = defineRoute({ name: "orgs.leave", auth: "user", org: "results.view" }, async (ctx) => {
  await leaveOrganisation(ctx);
  return new Response(null, { status: 204 });
});

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
