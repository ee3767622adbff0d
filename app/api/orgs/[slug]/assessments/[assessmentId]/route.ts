import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { deleteAssessment, getAssessment, updateAssessment } from "@/lib/assessments/builder-service";
import { updateAssessmentSchema } from "@/lib/assessments/schemas";

type Params = { params: { slug: string; assessmentId: string } };

/** One assessment with its questions: `{ assessment }`. 404 for another organisation's id. */
export const GET = defineRoute({ name: "orgs.assessments.get", auth: "user", org: "results.view" }, async (ctx, _input, { params }: Params) =>
  jsonResponse({ assessment: await getAssessment(ctx, params.assessmentId) }, { "Cache-Control": "no-store" }),
);

/** Changes a draft's title, role, introduction, options or deadline: `{ assessment }`. 409 once opened. */
export const PATCH = defineRoute(
  { name: "orgs.assessments.update", auth: "user", org: "assessments.manage", input: updateAssessmentSchema },
  async (ctx, input, { params }: Params) => jsonResponse({ assessment: await updateAssessment(ctx, params.assessmentId, input) }),
);

/** Deletes a draft: `{ deleted: true }`. 409 once opened. */
export const DELETE = defineRoute(
  { name: "orgs.assessments.delete", auth: "user", org: "assessments.manage" },
  async (ctx, _input, { params }: Params) => {
    await deleteAssessment(ctx, params.assessmentId);
    return jsonResponse({ deleted: true });
  },
);

export const { POST, PUT } = methodsOtherThan("GET", "PATCH", "DELETE");
