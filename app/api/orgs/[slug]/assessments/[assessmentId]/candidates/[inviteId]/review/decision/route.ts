import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { decideCandidate } from "@/lib/assessments/review/review-service";
import { decisionInputSchema } from "@/lib/assessments/review/schemas";

/** The team's decision on the candidate, apart from the attempt's status: `{ decision: advance|hold|reject }` → `{ decision }`. */
export const PUT = defineRoute(
  { name: "assessments.review.decide", auth: "user", org: "results.view", input: decisionInputSchema },
  async (ctx, input, { params }: { params: { slug: string; assessmentId: string; inviteId: string } }) =>
    jsonResponse({ decision: await decideCandidate(ctx, params, input) }),
);

export const { GET, POST, PATCH, DELETE } = methodsOtherThan("PUT");
