import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CANDIDATE_ALLOWANCES, deviceSecretFrom, submitCandidateAttempt } from "@/lib/assessments/candidate";

/** Submits the attempt: `{ submittedAt }`. Every write after it is a 409. */
export const POST = defineRoute(
  { name: "assessment.submit", auth: "token", limit: CANDIDATE_ALLOWANCES.submit },
  async (ctx, _input, { request }) => jsonResponse(await submitCandidateAttempt(ctx, deviceSecretFrom(request.headers.get("cookie")))),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
