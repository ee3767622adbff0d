import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { PRACTICE_ALLOWANCES } from "@/lib/practice/session";
import { readAudioField, transcribeAnswer } from "@/lib/practice/voice";

/**
 * A recorded answer (multipart field `audio`: webm, ogg, mp4, mpeg or wav, at most 10 MB) transcribed: `{ text }`.
 * The audio is never stored. 503 `ai_unavailable` without AI (before the upload is read), 402 on a plan without voice,
 * 422 missing, 413 too big, 415 wrong type, 429 past the hourly allowance.
 */
export const POST = defineRoute(
  {
    name: "practice.transcribe",
    auth: "user",
    body: "raw",
    requiresAudio: "Transcribing recorded answers",
    entitlement: "practice.voice",
    limit: PRACTICE_ALLOWANCES.transcriptions,
  },
  async (ctx, _input, { request }) => jsonResponse(await transcribeAnswer(ctx, () => readAudioField(request)), { "Cache-Control": "no-store" }),
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
