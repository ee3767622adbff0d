import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CANDIDATE_INVITE_ALLOWANCE } from "@/lib/assessments/invites/allowances";
import { resendCandidateInvite } from "@/lib/assessments/invites/manage-service";

/** Sends the invite again with a new link (the old one stops working): `{ invite, link, emailSent }`. */
export const POST = defineRoute(
  { name: "assessments.candidates.resend", auth: "user", org: "assessments.manage", limit: CANDIDATE_INVITE_ALLOWANCE },
  async (ctx, _input, { params }: { params: { slug: string; assessmentId: string; inviteId: string } }) =>
    jsonResponse(await resendCandidateInvite(ctx, params), { "Cache-Control": "no-store" }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
