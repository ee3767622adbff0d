import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { listMembers } from "@/lib/orgs/members-service";

/** The organisation's members with name, email, role and when they joined (any member). */
export const GET = defineRoute({ name: "orgs.members.list", auth: "user", org: "results.view" }, async (ctx) => {
  return jsonResponse({ members: await listMembers(ctx) }, { "Cache-Control": "no-store" });
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
