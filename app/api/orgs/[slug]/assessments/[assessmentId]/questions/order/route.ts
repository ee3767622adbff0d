import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { reorderQuestions } from "@/lib/assessments/question-service";
import { reorderQuestionsSchema } from "@/lib/assessments/schemas";

/** Puts a draft's questions in a new order `{ questionIds }` (every id once): `{ questions }`; 422 for any other list. */
export const PUT = defineRoute(
  { name: "orgs.assessments.questions.reorder", auth: "user", org: "assessments.manage", input: reorderQuestionsSchema, entitlement: "hiring" },
  async (ctx, input, { params }: { params: { slug: string; assessmentId: string } }) =>
    jsonResponse({ questions: await reorderQuestions(ctx, params.assessmentId, input) }),
);

export const { GET, POST, PATCH, DELETE } = methodsOtherThan("PUT");
