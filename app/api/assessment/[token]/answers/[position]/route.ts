import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { answerCandidateQuestion, CANDIDATE_ALLOWANCES, deviceSecretFrom } from "@/lib/assessments/candidate";
import { candidateAnswerInputSchema } from "@/lib/assessments/candidate/schemas";

/** Stores one answer: 201 `{ position }`, never a score. 409 answered already or submitted; 422 past a hard limit. */
export const POST = defineRoute(
  { name: "assessment.answer", auth: "token", input: candidateAnswerInputSchema, limit: CANDIDATE_ALLOWANCES.answers },
  async (ctx, input, { request, params }: { request: Request; params: { token: string; position: string } }) =>
    jsonResponse(await answerCandidateQuestion(ctx, deviceSecretFrom(request.headers.get("cookie")), params.position, input), {}, 201),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
