import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { parseInput } from "@/lib/api/validation";
import { exportAssessmentResults } from "@/lib/assessments/results/results-service";
import { resultsQuerySchema } from "@/lib/assessments/results/schemas";

type Params = { params: { slug: string; assessmentId: string } };

/** The results table as a CSV download (every page; the same sort and filters as the table), audited. */
export const GET = defineRoute(
  { name: "assessments.results.export", auth: "user", org: "results.view" },
  async (ctx, _input, { request, params }: Params & { request: Request }) => {
    const query = parseInput(resultsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const { filename, csv } = await exportAssessmentResults(ctx, params.assessmentId, query);
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
    });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
