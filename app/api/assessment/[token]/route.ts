import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CANDIDATE_ALLOWANCES, deviceSecretFrom, viewCandidateLink } from "@/lib/assessments/candidate";

/** What the link shows before starting; marks the invite opened. 404 unknown, 410 expired, withdrawn or closed. */
export const GET = defineRoute(
  { name: "assessment.view", auth: "token", limit: CANDIDATE_ALLOWANCES.view },
  async (ctx, _input, { request }) => jsonResponse(await viewCandidateLink(ctx, deviceSecretFrom(request.headers.get("cookie")))),
);

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
