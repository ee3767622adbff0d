import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { STAR_REQUEST_MAX_BYTES, starScoreRequestSchema } from "@/lib/scoring/star-request";
import { scoreStar, STAR_SCORE_ALLOWANCE } from "@/lib/scoring/star-scorer-service";

export const dynamic = "force-dynamic";

/** Scores an interview answer against STAR. Public; 5 requests per hour per IP, bad requests included. */
export const POST = defineRoute(
  {
    name: "star-score",
    auth: "public",
    input: starScoreRequestSchema,
    maxBytes: STAR_REQUEST_MAX_BYTES,
    limit: { ...STAR_SCORE_ALLOWANCE, beforeInput: true },
  },
  async (ctx, input) => jsonResponse(await scoreStar(ctx, input), { "Cache-Control": "no-store" }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
