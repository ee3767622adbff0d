import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CANDIDATE_ALLOWANCES, deviceSecretFrom, startCandidateQuestion } from "@/lib/assessments/candidate";

/**
 * The question is on screen: 200 `{ position, text, startedAt, elapsedMs }`: its text, and its first showing by the
 * server's clock (a hard time limit runs from it). 409 answered already, submitted, or another browser's attempt.
 */
export const POST = defineRoute(
  { name: "assessment.question.start", auth: "token", limit: CANDIDATE_ALLOWANCES.questions },
  async (ctx, _input, { request, params }: { request: Request; params: { token: string; position: string } }) =>
    jsonResponse(await startCandidateQuestion(ctx, deviceSecretFrom(request.headers.get("cookie")), params.position)),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
