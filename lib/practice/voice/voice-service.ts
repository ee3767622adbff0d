/**
 * Voice for the practice loop: a question or a follow-up read aloud (OpenAI text-to-speech) and a recorded answer
 * transcribed (OpenAI transcription). Both need AI: without it they answer 503 `ai_unavailable` and the browser falls back to its
 * own `speechSynthesis` and to typing or the Web Speech API. Both are metered per user (120 an hour each).
 *
 * The text read aloud comes from the caller's own stored session (a question, or the follow-up stored on an answer),
 * never from the client, so the endpoints cannot be used as a free text-to-speech service. Recordings are passed to the provider and dropped: never stored or logged.
 */
import "server-only";
import { findPracticeAnswerAt } from "@/db/queries/follow-ups";
import { AiUnavailableError } from "@/lib/ai/ai-errors";
import type { AudioClient, SpeechResult } from "@/lib/ai/openai-audio";
import { AppError } from "@/lib/api/app-error";
import { log } from "@/lib/observability/logger";
import { followUpRecordSchema } from "@/lib/practice/follow-up/record";
import { loadOwnSession, ownerOf } from "@/lib/practice/session/access";
import { parseStored } from "@/lib/practice/session/records";
import { questionAt } from "@/lib/practice/session/views";
import type { UserContext } from "@/lib/context/request-context";
import { checkAudioUpload } from "./upload";

/** The audio client, or 503 without AI (the route refuses earlier, before reading an upload; this is the guarantee). */
function audioClient(ctx: UserContext, what: string): AudioClient {
  const client = ctx.services.audio;
  if (!client) throw new AppError("ai_unavailable", `${what} needs AI, which is not set up on this server.`);
  return client;
}

function providerFailure(error: unknown, event: string, model: string, signal: AbortSignal | undefined): never {
  if (signal?.aborted || !(error instanceof AiUnavailableError)) throw error;
  log.warn(event, { model, reason: error.reason, status: error.status });
  // The provider could not decode the clip (e.g. a truncated recording): the client should record again, not retry.
  if (error.status === 400) {
    throw new AppError("unprocessable", "We could not make out this recording. Try recording again, or type your answer.");
  }
  throw new AppError("ai_unavailable", "The AI service is not answering right now. Please try again, or type your answer.");
}

/**
 * The question at `position` (1-based) of the caller's session, read aloud: WAV bytes.
 *
 * In order (the route checks the first two): 503 `ai_unavailable` without AI; 429 past the hourly allowance; 404 for
 * a session that is not the caller's; 422 for a position the session does not have; 503 when the provider fails.
 */
export async function speakQuestion(ctx: UserContext, sessionId: string, position: unknown): Promise<SpeechResult> {
  const client = audioClient(ctx, "Reading questions aloud");
  const session = await loadOwnSession(ctx, sessionId);
  return speak(ctx, client, questionAt(session, position).text);
}

/**
 * The follow-up asked after the answer at `position` (1-based) of the caller's session, read aloud: WAV bytes.
 * `followUpId` names the follow-up the page shows, so a reply cached under its address is never a replaced one's.
 *
 * In order (the route checks the first two): 503 `ai_unavailable` without AI; 429 past the hourly allowance; 404 for
 * a session that is not the caller's; 422 for a position the session does not have; 404 when that answer has no
 * follow-up, or another one than `followUpId`; 503 when the provider fails.
 */
export async function speakFollowUp(ctx: UserContext, sessionId: string, position: unknown, followUpId: string | null): Promise<SpeechResult> {
  const client = audioClient(ctx, "Reading questions aloud");
  const session = await loadOwnSession(ctx, sessionId);
  const question = questionAt(session, position);
  const row = await findPracticeAnswerAt(ctx.db, ownerOf(ctx), session.id, question.position);
  const followUp = parseStored(followUpRecordSchema, row?.followUp);
  if (!followUp || followUp.id !== followUpId) {
    throw new AppError("not_found", "This answer has no such follow-up question.");
  }
  return speak(ctx, client, followUp.question);
}

/** Text the server chose, read aloud by the provider. */
async function speak(ctx: UserContext, client: AudioClient, text: string): Promise<SpeechResult> {
  try {
    return await client.speech(text, { signal: ctx.signal });
  } catch (error) {
    return providerFailure(error, "practice.voice.speech_failed", client.speechModel, ctx.signal);
  }
}

/**
 * Transcribes a recorded answer and returns its text. `upload` is the form's `audio` entry, or a function that reads
 * it: the route passes the function, so without AI the request is refused before its body (up to 10 MB) is read.
 *
 * In order (the route checks the first two, so a throttled caller's upload is never read): 503 `ai_unavailable`
 * without AI; 429 past the hourly allowance; 422 when the recording is missing or empty; 413 over 10 MB; 415 for an
 * unsupported type; 422 when the provider cannot decode it; 503 when it fails.
 */
export async function transcribeAnswer(
  ctx: UserContext,
  upload: unknown | (() => Promise<unknown>),
): Promise<{ text: string }> {
  const client = audioClient(ctx, "Transcribing recorded answers");
  const audio = checkAudioUpload(typeof upload === "function" ? await upload() : upload);
  try {
    const text = await client.transcribe(audio, { signal: ctx.signal });
    log.info("practice.voice.transcribed", { model: client.transcriptionModel, bytes: audio.data.size, type: audio.contentType });
    return { text };
  } catch (error) {
    return providerFailure(error, "practice.voice.transcription_failed", client.transcriptionModel, ctx.signal);
  }
}
