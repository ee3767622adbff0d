import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { resetCandidateInvite } from "@/lib/assessments/invites/manage-service";

/** Allows a fresh attempt on the same link, keeping the earlier one for reviewers: `{ invite }`. 409 when none was started. */
export const POST = defineRoute(
  { name: "assessments.candidates.reset", auth: "user", org: "assessments.manage" },
  async (ctx, _input, { params }: { params: { slug: string; assessmentId: string; inviteId: string } }) =>
    jsonResponse({ invite: await resetCandidateInvite(ctx, params) }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
