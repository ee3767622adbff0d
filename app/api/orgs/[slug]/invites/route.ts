import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { INVITE_ALLOWANCE } from "@/lib/orgs/invites/allowances";
import { createInvite, listInvites } from "@/lib/orgs/invites/invite-service";
import { createInviteSchema } from "@/lib/orgs/invites/schemas";

/** The organisation's pending invites (expired ones marked), for those who may invite. */
export const GET = defineRoute({ name: "orgs.invites.list", auth: "user", org: "reviewers.manage" }, async (ctx) =>
  jsonResponse({ invites: await listInvites(ctx) }, { "Cache-Control": "no-store" }),
);

/**
 * Invites `{ email, role }`: 201 `{ invite, link, emailSent }` (the invite stands even when the email failed). 403 for
 * a role the caller may not grant, 409 for a member or an email with a pending invite, 429 past the hourly allowance.
 */
export const POST = defineRoute(
  { name: "orgs.invites.create", auth: "user", org: "reviewers.manage", input: createInviteSchema, limit: INVITE_ALLOWANCE },
  async (ctx, input) => jsonResponse(await createInvite(ctx, input), { "Cache-Control": "no-store" }, 201),
);

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
