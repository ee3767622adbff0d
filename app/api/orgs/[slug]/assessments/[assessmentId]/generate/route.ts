import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { GENERATE_ALLOWANCE } from "@/lib/assessments/allowances";
import { generateQuestions } from "@/lib/assessments/generate-service";
import { generateQuestionsSchema } from "@/lib/assessments/schemas";

/**
 * Adds questions written for a pasted job description `{ jobDescription, count }` (up to 15 in all): 201
 * `{ engine: "ai" | "offline", questions, questionCount }`. The AI writes them when configured, the bank's relevance
 * ranking otherwise (and whenever the model fails).
 */
export const POST = defineRoute(
  {
    name: "orgs.assessments.generate",
    auth: "user",
    org: "assessments.manage",
    input: generateQuestionsSchema,
    limit: GENERATE_ALLOWANCE,
    entitlement: "hiring",
  },
  async (ctx, input, { params }: { params: { slug: string; assessmentId: string } }) =>
    jsonResponse(await generateQuestions(ctx, params.assessmentId, input), {}, 201),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
