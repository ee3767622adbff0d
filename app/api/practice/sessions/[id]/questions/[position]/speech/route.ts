import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { PRACTICE_ALLOWANCES } from "@/lib/practice/session";
import { speakQuestion } from "@/lib/practice/voice";

type Params = { id: string; position: string };

/**
 * The caller's question at `position` (1-based) read aloud: 200 `audio/wav` bytes. 503 `ai_unavailable` without AI
 * (the browser then uses speechSynthesis), 402 on a plan without voice, 404 for someone else's session, 422 for a position it does not have, 429
 * past the hourly allowance.
 */
export const GET = defineRoute(
  { name: "practice.question.speech", auth: "user", requiresAudio: "Reading questions aloud", entitlement: "practice.voice", limit: PRACTICE_ALLOWANCES.speech },
  async (ctx, _input, { params }: { request: Request; params: Params }) => {
    const { audio, contentType } = await speakQuestion(ctx, params.id, params.position);
    // Private: the question was written for this candidate. An hour: replays within a session cost nothing.
    return new Response(audio, {
      headers: { "Content-Type": contentType, "Content-Length": String(audio.byteLength), "Cache-Control": "private, max-age=3600" },
    });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
