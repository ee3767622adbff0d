import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CANDIDATE_ALLOWANCES, deviceSecretFrom, getCandidateReceipt } from "@/lib/assessments/candidate";

/** After submitting: the integrity log, the retention date and the candidate's own answers; `?download=1` as a file. */
export const GET = defineRoute(
  { name: "assessment.receipt", auth: "token", limit: CANDIDATE_ALLOWANCES.receipt },
  async (ctx, _input, { request }) => {
    const receipt = await getCandidateReceipt(ctx, deviceSecretFrom(request.headers.get("cookie")));
    const download = new URL(request.url).searchParams.get("download") === "1";
    const headers: Record<string, string> = download
      ? { "content-disposition": `attachment; filename="assessment-answers-${receipt.submittedAt.slice(0, 10)}.json"`, "cache-control": "no-store" }
      : { "cache-control": "no-store" };
    return jsonResponse(receipt, headers);
  },
);

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
