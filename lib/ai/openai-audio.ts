/**
 * The OpenAI adapter for audio: a question read aloud (text-to-speech) and a recorded answer turned into text
 * (transcription). Like `openai-client.ts`, it takes only the text or the clip, never who the candidate is, and maps
 * every SDK failure to an `AiUnavailableError`, so the practice services never see the SDK's error classes.
 *
 * Uploaded audio is handed to the SDK and not kept: nothing here writes it anywhere.
 */
import "server-only";
import { toFile } from "openai";
import { adapters, env } from "@/lib/env";
import { AiUnavailableError } from "./ai-errors";
import { createOpenAISdk } from "./openai-sdk";
import { toUnavailable } from "./openai-stream";

/** Speech is fetched while the candidate waits to hear the question; the browser's own voice is the fallback. */
export const DEFAULT_SPEECH_TIMEOUT_MS = 15_000;
/** A two-minute answer takes a few seconds to transcribe; past this the candidate is better off retyping. */
export const DEFAULT_TRANSCRIPTION_TIMEOUT_MS = 30_000;
export const DEFAULT_SPEECH_MODEL = "gpt-4o-mini-tts";
export const DEFAULT_TRANSCRIPTION_MODEL = "gpt-4o-mini-transcribe";
export const DEFAULT_VOICE = "alloy";
/** The delivery asked of `gpt-4o-mini-tts` (older models ignore it): an interviewer, not an announcer. */
const SPEECH_INSTRUCTIONS = "Speak as a calm, friendly interviewer asking a question, at a natural pace.";

/** A clip of speech. WAV: every browser plays it, and it needs no decoder on our side. */
export type SpeechResult = { audio: Uint8Array<ArrayBuffer>; contentType: string };

/** A recording to transcribe. `contentType` is a bare audio MIME type (no parameters). */
export type AudioUpload = { data: Blob | Uint8Array<ArrayBuffer>; contentType: string };

/** The audio client the app uses; services and tests depend on this type, not on the SDK. */
export type AudioClient = {
  readonly speechModel: string;
  readonly transcriptionModel: string;
  /** Reads `text` aloud; throws `AiUnavailableError` on any failure. */
  speech(text: string, options?: { signal?: AbortSignal }): Promise<SpeechResult>;
  /** Transcribes the clip; resolves with the text (trimmed), or throws `AiUnavailableError`. */
  transcribe(upload: AudioUpload, options?: { signal?: AbortSignal }): Promise<string>;
};

/** Options for `createOpenAIAudioClient`. Nothing here is read from the environment. */
export type OpenAIAudioClientOptions = {
  apiKey: string;
  /** e.g. `http://127.0.0.1:4010/v1` for the test server; the public API when unset. */
  baseURL?: string;
  speechModel?: string;
  transcriptionModel?: string;
  voice?: string;
  speechTimeoutMs?: number;
  transcriptionTimeoutMs?: number;
};

/** The file extension OpenAI reads the format from; the client's own file name is never sent (it may name a person). */
const EXTENSIONS: Record<string, string> = {
  "audio/webm": "webm",
  "audio/ogg": "ogg",
  "audio/mp4": "mp4",
  "audio/mpeg": "mp3",
  "audio/wav": "wav",
};

/** Runs one SDK call, rethrowing the caller's own abort as is and everything else as `AiUnavailableError`. */
async function guarded<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  signal?.throwIfAborted();
  try {
    return await work();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw toUnavailable(error);
  }
}

/**
 * Creates an audio client over the real SDK.
 *
 * @example createOpenAIAudioClient({ apiKey, baseURL: server.baseURL })
 */
export function createOpenAIAudioClient(options: OpenAIAudioClientOptions): AudioClient {
  const speechModel = options.speechModel ?? DEFAULT_SPEECH_MODEL;
  const transcriptionModel = options.transcriptionModel ?? DEFAULT_TRANSCRIPTION_MODEL;
  const speechTimeout = options.speechTimeoutMs ?? DEFAULT_SPEECH_TIMEOUT_MS;
  const transcriptionTimeout = options.transcriptionTimeoutMs ?? DEFAULT_TRANSCRIPTION_TIMEOUT_MS;
  // No retries: a retry doubles the wait, and the browser has its own voice and keyboard to fall back on.
  const sdk = createOpenAISdk({ apiKey: options.apiKey, baseURL: options.baseURL, timeoutMs: speechTimeout, maxRetries: 0 });

  return {
    speechModel,
    transcriptionModel,
    speech: (text, { signal } = {}) =>
      guarded(signal, async () => {
        const response = await sdk.audio.speech.create(
          {
            model: speechModel,
            voice: options.voice ?? DEFAULT_VOICE,
            input: text,
            response_format: "wav",
            ...(speechModel.startsWith("gpt-4o") ? { instructions: SPEECH_INSTRUCTIONS } : {}),
          },
          { signal, timeout: speechTimeout },
        );
        const audio = new Uint8Array(await response.arrayBuffer());
        if (audio.byteLength === 0) throw new AiUnavailableError("invalid_output", "The speech reply was empty.");
        return { audio, contentType: "audio/wav" };
      }),
    transcribe: (upload, { signal } = {}) =>
      guarded(signal, async () => {
        const extension = EXTENSIONS[upload.contentType];
        if (!extension) throw new AiUnavailableError("invalid_output", `Unsupported audio type ${upload.contentType}.`);
        // Rewrapped as a bare Blob: `toFile` keeps a File's own name and type, and the browser's name may identify
        // someone (and its type may carry codec parameters).
        const file = await toFile(new Blob([upload.data], { type: upload.contentType }), `answer.${extension}`, { type: upload.contentType });
        const result = await sdk.audio.transcriptions.create(
          { file, model: transcriptionModel, response_format: "json" },
          { signal, timeout: transcriptionTimeout },
        );
        return typeof result.text === "string" ? result.text.trim() : "";
      }),
  };
}

let cached: AudioClient | null | undefined;

/** The app's audio client, built once from `lib/env`; null when the AI adapter is "offline" (no OPENAI_API_KEY). */
export function getOpenAIAudioClient(): AudioClient | null {
  if (cached !== undefined) return cached;
  cached =
    adapters.ai === "openai" && env.OPENAI_API_KEY
      ? createOpenAIAudioClient({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL })
      : null;
  return cached;
}
