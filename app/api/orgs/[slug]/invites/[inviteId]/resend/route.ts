import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { INVITE_ALLOWANCE } from "@/lib/orgs/invites/allowances";
import { resendInvite } from "@/lib/orgs/invites/invite-service";

/**
 * Sends a pending invite again with a new link valid for 7 days (the old link stops working): `{ invite, link,
 * emailSent }`. Also the retry after a failed send. Charges the same allowance as inviting.
 */
export const POST = defineRoute(
  { name: "orgs.invites.resend", auth: "user", org: "reviewers.manage", limit: INVITE_ALLOWANCE },
  async (ctx, _input, { params }: { params: { slug: string; inviteId: string } }) =>
    jsonResponse(await resendInvite(ctx, params.inviteId), { "Cache-Control": "no-store" }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
