import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { rateAnswer } from "@/lib/assessments/review/review-service";
import { answerReviewInputSchema } from "@/lib/assessments/review/schemas";

/** The caller's own rating (1–5 or null) and private note on one answer: `{ rating, note }` → `{ review }`. */
export const PUT = defineRoute(
  { name: "assessments.review.rate", auth: "user", org: "results.view", input: answerReviewInputSchema },
  async (ctx, input, { params }: { params: { slug: string; assessmentId: string; inviteId: string; answerId: string } }) =>
    jsonResponse({ review: await rateAnswer(ctx, params, input) }),
);

export const { GET, POST, PATCH, DELETE } = methodsOtherThan("PUT");
