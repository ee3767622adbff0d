import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { changeAssessmentStatus } from "@/lib/assessments/builder-service";
import { changeStatusSchema } from "@/lib/assessments/schemas";

/**
 * Opens or closes the assessment `{ status: "open" | "closed" }`: `{ assessment }`. Opening needs 1–15 questions;
 * closing stops new starts; a closed assessment may be opened again. 409 for any other move.
 */
export const POST = defineRoute(
  { name: "orgs.assessments.status", auth: "user", org: "assessments.manage", input: changeStatusSchema },
  async (ctx, input, { params }: { params: { slug: string; assessmentId: string } }) =>
    jsonResponse({ assessment: await changeAssessmentStatus(ctx, params.assessmentId, input) }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
