import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CANDIDATE_ALLOWANCES, deviceSecretFrom, recordProctoringEvents } from "@/lib/assessments/candidate";
import { proctoringEventsInputSchema } from "@/lib/assessments/candidate/schemas";

/** Up to 50 proctoring signals (counts and times, never images): 202 `{ accepted }`. */
export const POST = defineRoute(
  { name: "assessment.events", auth: "token", input: proctoringEventsInputSchema, limit: CANDIDATE_ALLOWANCES.events },
  async (ctx, input, { request }) =>
    jsonResponse(await recordProctoringEvents(ctx, deviceSecretFrom(request.headers.get("cookie")), input), {}, 202),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
