import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CANDIDATE_ALLOWANCES, deviceSecretFrom, getCandidateAttempt } from "@/lib/assessments/candidate";

/** This browser's attempt: questions, which are answered, the practice question's text. 409 from another browser. */
export const GET = defineRoute(
  { name: "assessment.attempt", auth: "token", limit: CANDIDATE_ALLOWANCES.attempt },
  async (ctx, _input, { request }) => jsonResponse(await getCandidateAttempt(ctx, deviceSecretFrom(request.headers.get("cookie")))),
);

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
