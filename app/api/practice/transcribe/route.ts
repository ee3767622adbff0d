import { jsonResponse, methodNotAllowed, withUser } from "@/lib/api/route";
import { readAudioField, transcribeAnswer } from "@/lib/practice/voice";

/**
 * A recorded answer (multipart field `audio`: webm, ogg, mp4, mpeg or wav, at most 10 MB) transcribed: `{ text }`.
 * The audio is never stored. 503 `ai_unavailable` without AI, 422 missing, 413 too big, 415 wrong type, 429 past the
 * hourly allowance.
 */
export const POST = withUser("practice.transcribe", async (request, { user }) => {
  // The body is read only once the service knows it can transcribe (AI configured).
  const result = await transcribeAnswer(user.id, () => readAudioField(request), { signal: request.signal });
  return jsonResponse(result, { "Cache-Control": "no-store" });
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
