import { AppError } from "@/lib/api/app-error";
import { jsonResponse, methodNotAllowed, publicRoute, readJson } from "@/lib/api/route";
import { STAR_REQUEST_MAX_BYTES } from "@/lib/scoring/star-request";
import { chargeStarScoreAllowance, scoreStarRequest } from "@/lib/scoring/star-scorer-service";

export const dynamic = "force-dynamic";

/** Scores an interview answer against STAR. Public; 5 requests per hour per IP, bad requests included. */
export const POST = publicRoute("star-score", async (request) => {
  const headers = await chargeStarScoreAllowance(request.headers);
  try {
    const score = await scoreStarRequest(await readJson(request, STAR_REQUEST_MAX_BYTES), request.signal);
    return jsonResponse(score, { ...headers, "Cache-Control": "no-store" });
  } catch (error) {
    // Refusals still report the allowance they used.
    if (error instanceof AppError) {
      throw new AppError(error.code, error.message, { fields: error.fields, headers: { ...headers, ...error.headers } });
    }
    throw error;
  }
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
