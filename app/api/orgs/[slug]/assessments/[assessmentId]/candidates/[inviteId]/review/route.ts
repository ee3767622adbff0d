import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { candidateReview } from "@/lib/assessments/review/review-service";

/** One candidate for a reviewer: questions, answers, scores with quotes, delivery, signals, every rating and the decision. */
export const GET = defineRoute(
  { name: "assessments.review", auth: "user", org: "results.view" },
  async (ctx, _input, { params }: { params: { slug: string; assessmentId: string; inviteId: string } }) =>
    jsonResponse({ review: await candidateReview(ctx, params) }, { "Cache-Control": "no-store" }),
);

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
