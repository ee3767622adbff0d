import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { addQuestion } from "@/lib/assessments/question-service";
import { addQuestionSchema } from "@/lib/assessments/schemas";

/**
 * Adds a question to a draft: `{ source: "bank", bankId }` or `{ source: "custom", text, kind }`, with optional
 * `timeLimitSeconds`, `timeLimitMode`, `modes`, `retakes`. 201 `{ question }`; 409 when full or not a draft.
 */
export const POST = defineRoute(
  { name: "orgs.assessments.questions.add", auth: "user", org: "assessments.manage", input: addQuestionSchema, entitlement: "hiring" },
  async (ctx, input, { params }: { params: { slug: string; assessmentId: string } }) =>
    jsonResponse({ question: await addQuestion(ctx, params.assessmentId, input) }, {}, 201),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
