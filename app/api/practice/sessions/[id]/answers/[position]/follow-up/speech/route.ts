import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { PRACTICE_ALLOWANCES } from "@/lib/practice/session";
import { speakFollowUp } from "@/lib/practice/voice";

type Params = { id: string; position: string };

/**
 * The follow-up asked after the caller's answer at `position` (1-based) read aloud, `?followUp=<its id>`: 200
 * `audio/wav` bytes. 503 `ai_unavailable` without AI (the browser then uses speechSynthesis), 402 on a plan without voice, 404 for someone else's
 * session or when that answer has no follow-up with that id, 422 for a position the session does not have, 429 past
 * the hourly allowance, which questions read aloud share.
 */
export const GET = defineRoute(
  { name: "practice.follow_up.speech", auth: "user", requiresAudio: "Reading questions aloud", entitlement: "practice.voice", limit: PRACTICE_ALLOWANCES.speech },
  async (ctx, _input, { request, params }: { request: Request; params: Params }) => {
    const followUpId = new URL(request.url).searchParams.get("followUp");
    const { audio, contentType } = await speakFollowUp(ctx, params.id, params.position, followUpId);
    // Private: written for this candidate. An hour, like a question's: the follow-up's id in the address keeps a
    // replaced follow-up's audio from being replayed.
    return new Response(audio, {
      headers: { "Content-Type": contentType, "Content-Length": String(audio.byteLength), "Cache-Control": "private, max-age=3600" },
    });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
