import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validation";
import { searchBank } from "@/lib/assessments/question-service";
import { bankSearchSchema } from "@/lib/assessments/schemas";

/** The question bank to pick from: `?kind=behavioural|role_specific&q=words` → `{ entries, total }` (at most 50 entries). */
export const GET = defineRoute({ name: "orgs.question-bank", auth: "user", org: "results.view" }, async (_ctx, _input, { request }) => {
  const query = parseInput(bankSearchSchema, Object.fromEntries(new URL(request.url).searchParams));
  return jsonResponse(searchBank(query), { "Cache-Control": "private, max-age=300" });
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
