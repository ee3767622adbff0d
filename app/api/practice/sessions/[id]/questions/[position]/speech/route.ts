import { methodNotAllowed, withUser } from "@/lib/api/route";
import { speakQuestion } from "@/lib/practice/voice";

type Params = { id: string; position: string };

/**
 * The caller's question at `position` (1-based) read aloud: 200 `audio/wav` bytes. 503 `ai_unavailable` without AI
 * (the browser then uses speechSynthesis), 404 for someone else's session, 422 for a position it does not have, 429
 * past the hourly allowance.
 */
export const GET = withUser<Params>("practice.question.speech", async (request, { user, params }) => {
  const { audio, contentType } = await speakQuestion(user.id, params.id, params.position, { signal: request.signal });
  // Private: the question was written for this candidate. An hour: replays within a session cost nothing.
  return new Response(audio, {
    headers: { "Content-Type": contentType, "Content-Length": String(audio.byteLength), "Cache-Control": "private, max-age=3600" },
  });
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
