import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CANDIDATE_ALLOWANCES, deviceCookieHeaders, deviceSecretFrom, startAttempt } from "@/lib/assessments/candidate";
import { startAttemptInputSchema } from "@/lib/assessments/candidate/schemas";

/**
 * Consents and starts: 201 `{ attemptId }` with the device cookie (set for the pages' path and this API's); the same
 * browser again 200 with the same attempt; another browser 409.
 */
export const POST = defineRoute(
  { name: "assessment.start", auth: "token", input: startAttemptInputSchema, limit: CANDIDATE_ALLOWANCES.start },
  async (ctx, input, { request }) => {
    const started = await startAttempt(ctx, input, deviceSecretFrom(request.headers.get("cookie")));
    const response = jsonResponse({ attemptId: started.attemptId }, {}, started.created ? 201 : 200);
    for (const cookie of deviceCookieHeaders(started.deviceSecret, started.cookieMaxAgeSeconds)) response.headers.append("set-cookie", cookie);
    return response;
  },
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
