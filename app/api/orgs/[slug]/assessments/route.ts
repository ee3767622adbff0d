import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { createAssessment, listAssessments } from "@/lib/assessments/builder-service";
import { createAssessmentSchema } from "@/lib/assessments/schemas";

/** The organisation's assessments, newest first: `{ assessments: [{ id, title, roleTitle, status, questionCount, createdAt }] }`. */
export const GET = defineRoute({ name: "orgs.assessments.list", auth: "user", org: "results.view" }, async (ctx) =>
  jsonResponse({ assessments: await listAssessments(ctx) }, { "Cache-Control": "no-store" }),
);

/**
 * Creates a draft `{ title, roleTitle, introduction?, proctoring?, practiceQuestion?, deadline? }`: 201 `{ assessment }`.
 * 402 without a live Team plan (with billing on).
 */
export const POST = defineRoute(
  { name: "orgs.assessments.create", auth: "user", org: "assessments.manage", input: createAssessmentSchema, entitlement: "hiring" },
  async (ctx, input) => jsonResponse({ assessment: await createAssessment(ctx, input) }, { "Cache-Control": "no-store" }, 201),
);

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
