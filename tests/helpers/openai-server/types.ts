/**
 * The types a test uses to script the local OpenAI server (`tests/helpers/openai-server.ts`) and to read what it
 * recorded. Kept apart so each endpoint's module can use them without importing the server.
 */
import type http from "node:http";

/** How a content reply is sent when the request asked for `stream: true`; ignored for a non-streaming request. */
export type StreamScript = {
  /** Characters (code points) per content chunk. Defaults to the server's stream defaults (8). */
  chunkSize?: number;
  /** Pause before each content chunk. Defaults to the server's stream defaults (0). */
  chunkDelayMs?: number;
  /**
   * Fails after `afterChunks` content chunks have reached the socket (or after the last one, before `finish_reason`,
   * when there are fewer). `"drop"` (default) destroys the connection
   * without `[DONE]`, so the SDK's async iterator throws (undici's "terminated"); `"error_event"` sends
   * `data: {"error": {...}}`, which the SDK turns into an `APIError`.
   */
  interrupt?: { afterChunks: number; how?: "drop" | "error_event"; message?: string };
};

/** What the server does with one chat completion request. */
export type ScriptedReply =
  /** A 200 whose message content is `JSON.stringify(json)`. */
  | { kind: "json"; json: unknown; stream?: StreamScript }
  /** A 200 whose message content is this exact text (e.g. not JSON at all). */
  | { kind: "text"; content: string; finishReason?: "stop" | "length" | "content_filter"; stream?: StreamScript }
  /** A 200 with `message.refusal` set and `content: null`, as structured outputs refuse. */
  | { kind: "refusal"; refusal: string; stream?: StreamScript }
  /** An HTTP error with OpenAI's `{ error: { message, type, code } }` body, sent before any stream starts. */
  | { kind: "error"; status: number; message?: string }
  /** Waits `ms` before replying with `then` (a 200 with `{}` when unset); the wait ends early if the client leaves. */
  | { kind: "delay"; ms: number; then?: ScriptedReply };

/** Server-wide streaming defaults; a reply's own `stream` overrides them. */
export type StreamDefaults = { chunkSize: number; chunkDelayMs: number };

/** The moderation categories OpenAI's `omni-moderation` models report. */
export const MODERATION_CATEGORIES = [
  "harassment",
  "harassment/threatening",
  "hate",
  "hate/threatening",
  "illicit",
  "illicit/violent",
  "self-harm",
  "self-harm/instructions",
  "self-harm/intent",
  "sexual",
  "sexual/minors",
  "violence",
  "violence/graphic",
] as const;
export type ModerationCategory = (typeof MODERATION_CATEGORIES)[number];

/**
 * Which inputs `POST /v1/moderations` flags. `"marker"` flags an input whose text contains `marker` (case-sensitive);
 * a flagged input is flagged in `category` only (default `"harassment"`).
 */
export type ModerationScript =
  | { flag: "marker"; marker: string; category?: ModerationCategory }
  | { flag: "always"; category?: ModerationCategory }
  | { flag: "never" };

/** The audio `POST /v1/audio/speech` returns. */
export type SpeechScript = {
  /** Length of the clip. Default 300. */
  durationMs: number;
  /** WAV sample rate. Default 16 000. `pcm` is always 24 kHz: that is OpenAI's documented raw format. */
  sampleRate: number;
  /** A 440 Hz sine at half scale, or digital silence. Default `"sine"`. */
  tone: "sine" | "silence";
};

/** The endpoints whose next reply `setNextError` can replace with an HTTP error. */
export type ScriptableEndpoint = "chat/completions" | "moderations" | "audio/speech" | "audio/transcriptions";

/** An uploaded file as the server saw it. The bytes themselves are dropped when the request ends. */
export type RecordedFile = { field: string; filename: string; contentType: string; size: number };

/** One request as the server received it. */
export type RecordedRequest = {
  method: string;
  path: string;
  /** As received, except `authorization`, which is `"[redacted]"` when the server was started with `redactAuthorization`. */
  headers: http.IncomingHttpHeaders;
  /** Whether an `Authorization` header came, and its scheme (`"Bearer"`), never its value. */
  authorization: { present: boolean; scheme: string | null };
  /** Parsed JSON body; for multipart, the text fields (files are in `files`); undefined otherwise. */
  body: Record<string, unknown> | undefined;
  /** The body as text; empty for multipart, so no uploaded bytes outlive the request. */
  rawBody: string;
  /** Files of a multipart upload, without their bytes; empty for other requests. */
  files: RecordedFile[];
};

/** A reply the server holds back (see `holdNextReply`). */
export type HeldReply = {
  /** Resolves with the request once it has arrived and its reply is held: the call is then known to be in flight. */
  arrived: Promise<RecordedRequest>;
  /** Lets the reply go on (its latency, then the scripted reply). Calling it before the request arrives cancels the hold. */
  release: () => void;
};

/** Options for `startOpenAIServer`; `reset()` returns to these. */
export type OpenAIServerOptions = {
  /** Added before every reply on every path (time to first byte for streams). Default 0. */
  latencyMs?: number;
  stream?: Partial<StreamDefaults>;
  moderation?: ModerationScript;
  speech?: Partial<SpeechScript>;
  /** The transcript returned when none is queued. Default `DEFAULT_TRANSCRIPT`. */
  transcript?: string;
  /**
   * Replace the recorded `authorization` header's value with `"[redacted]"`. Off by default only because existing
   * tests assert the exact key the app sent; new tests should turn it on and assert `request.authorization`.
   */
  redactAuthorization?: boolean;
  /**
   * A simulated model for chat completions: when no reply is queued, the first handler whose `matches` accepts the
   * request body answers it (before the default reply). The e2e runner and the benchmarks use this so the app's own
   * prompts get plausible, schema-valid replies without a test scripting each one.
   */
  simulate?: readonly SimulatedChatHandler[];
};

/** One capability of the simulated model, recognised from the request body (its schema name or its prompt). */
export type SimulatedChatHandler = {
  name: string;
  matches(body: Record<string, unknown>): boolean;
  reply(body: Record<string, unknown>): ScriptedReply;
};
