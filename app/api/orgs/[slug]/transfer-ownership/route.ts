import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { transferOwnershipSchema } from "@/lib/orgs/schemas";
import { transferOwnership } from "@/lib/orgs/members-service";

/** Makes another member the owner and the caller (an owner) a manager: 204; 404 for another organisation's member. */
export const POST = defineRoute(
  { name: "orgs.transfer-ownership", auth: "user", org: "organisation.manage", input: transferOwnershipSchema },
  async (ctx, input) => {
    await transferOwnership(ctx, input);
    return new Response(null, { status: 204 });
  },
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
