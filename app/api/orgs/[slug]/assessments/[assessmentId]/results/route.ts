import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validation";
import { assessmentResults } from "@/lib/assessments/results/results-service";
import { resultsQuerySchema } from "@/lib/assessments/results/schemas";

type Params = { params: { slug: string; assessmentId: string } };

/**
 * The assessment's results table, 50 rows a page: `?sort=candidate|submitted|score|tier&dir=asc|desc&status=&tier=&page=`
 * → `{ assessment, positions, query, rows, page, pageCount, total }`; 422 for an unknown sort or filter.
 */
export const GET = defineRoute({ name: "assessments.results", auth: "user", org: "results.view" }, async (ctx, _input, { request, params }: Params & { request: Request }) => {
  const query = parseInput(resultsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return jsonResponse(await assessmentResults(ctx, params.assessmentId, query), { "Cache-Control": "no-store" });
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
