import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { removeQuestion, updateQuestion } from "@/lib/assessments/question-service";
import { updateQuestionSchema } from "@/lib/assessments/schemas";

type Params = { params: { slug: string; assessmentId: string; questionId: string } };

/** Changes a draft question's text, kind or settings: `{ question }`. */
export const PATCH = defineRoute(
  { name: "orgs.assessments.questions.update", auth: "user", org: "assessments.manage", input: updateQuestionSchema, entitlement: "hiring" },
  async (ctx, input, { params }: Params) => jsonResponse({ question: await updateQuestion(ctx, params.assessmentId, params.questionId, input) }),
);

/** Removes a draft question (later ones move up): `{ questionCount }`. */
export const DELETE = defineRoute(
  { name: "orgs.assessments.questions.remove", auth: "user", org: "assessments.manage" },
  async (ctx, _input, { params }: Params) => jsonResponse(await removeQuestion(ctx, params.assessmentId, params.questionId)),
);

export const { GET, POST, PUT } = methodsOtherThan("PATCH", "DELETE");
