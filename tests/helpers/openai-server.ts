/**
 * A local OpenAI-compatible server, so tests run the real `openai` SDK over real HTTP and can inspect every request.
 *
 * - `POST /v1/chat/completions`: whole completions, or Server-Sent Events when the request has `stream: true`.
 *   Each test scripts what the "model" does: answer with JSON or raw text, refuse, fail with an HTTP error, stall, or
 *   break a stream after N chunks. Scripted replies are used in order; when none is queued the default reply answers
 *   (an HTTP 500 until a test sets one, so an unscripted call is loud).
 * - `POST /v1/moderations`: flags inputs containing a marker ("FLAG_ME" by default), or always, or never.
 * - `POST /v1/audio/speech`: a short WAV (or raw PCM); other formats get a 400 (see `openai-server/audio.ts`).
 * - `POST /v1/audio/transcriptions`: parses the multipart upload and answers with the scripted transcript.
 * - Anything else: 404 in OpenAI's error shape.
 *
 * Every request is recorded (headers, parsed body, upload sizes, never uploaded bytes), and every reply can be
 * delayed by a fixed latency. A test can also hold one reply until it releases it (`holdNextReply`), to act while a
 * call is known to be in flight without guessing how long it takes. `close()` ends open streams and stalled or held
 * replies at once.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describeFiles, type Multipart, parseMultipart, replyToSpeech, replyToTranscription } from "./openai-server/audio";
import { replyToChat } from "./openai-server/chat";
import { createWaiter, sendError, sendJson } from "./openai-server/http";
import { moderationInputs, moderationResponse } from "./openai-server/moderation";
import type {
  HeldReply,
  ModerationScript,
  OpenAIServerOptions,
  RecordedRequest,
  ScriptableEndpoint,
  ScriptedReply,
  SpeechScript,
  StreamDefaults,
} from "./openai-server/types";

export { chatCompletion, splitIntoChunks } from "./openai-server/chat";
export { parseWav, type WavInfo } from "./openai-server/wav";
export { PCM_SAMPLE_RATE } from "./openai-server/audio";
export {
  type HeldReply,
  MODERATION_CATEGORIES,
  type ModerationCategory,
  type ModerationScript,
  type OpenAIServerOptions,
  type RecordedFile,
  type RecordedRequest,
  type ScriptableEndpoint,
  type ScriptedReply,
  type SimulatedChatHandler,
  type SpeechScript,
  type StreamDefaults,
  type StreamScript,
} from "./openai-server/types";

/** The transcript `POST /v1/audio/transcriptions` returns unless a test sets another. */
export const DEFAULT_TRANSCRIPT = "I led the migration to the new billing system and cut failed payments by a third.";
/** The marker the default moderation rule flags. */
export const DEFAULT_MODERATION_MARKER = "FLAG_ME";

/** What `startOpenAIServer` returns. */
export type OpenAIServer = {
  /** Pass as the SDK's `baseURL`: `http://127.0.0.1:<port>/v1`. */
  baseURL: string;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  /** Queues a reply for the next chat completion request (replies are used first in, first out). */
  setNextResponse: (reply: ScriptedReply) => void;
  /** The chat reply used when the queue is empty. */
  setDefaultResponse: (reply: ScriptedReply) => void;
  /** Makes the next request to `endpoint` fail with an OpenAI-shaped HTTP error (queued, first in, first out). */
  setNextError: (endpoint: ScriptableEndpoint, status: number, message?: string) => void;
  /** Chunk size and per-chunk delay for streamed replies that do not set their own. */
  setStreamDefaults: (defaults: Partial<StreamDefaults>) => void;
  setModeration: (script: ModerationScript) => void;
  setSpeech: (script: Partial<SpeechScript>) => void;
  /** The transcript returned when none is queued. */
  setTranscript: (text: string) => void;
  /** Queues a transcript for the next transcription request. */
  setNextTranscript: (text: string) => void;
  /** A fixed delay before every reply, on every path. */
  setLatency: (ms: number) => void;
  /**
   * Holds the reply to the next request to `endpoint` (to any path when unset): the request is recorded as usual,
   * then its reply waits for `release()` before the latency and the scripted reply. Holds are claimed first in,
   * first out. The client leaving ends the wait, and so do `reset()` and `close()`, which drop the connection.
   */
  holdNextReply: (endpoint?: ScriptableEndpoint) => HeldReply;
  /** Clears queues, holds (dropping any reply still held) and recorded requests, and restores the start-up options. */
  reset: () => void;
  /** Ends open streams and pending replies, then stops listening. */
  close: () => Promise<void>;
};

const UNSCRIPTED: ScriptedReply = { kind: "error", status: 500, message: "No scripted response for this request." };
const ENDPOINTS: readonly ScriptableEndpoint[] = ["chat/completions", "moderations", "audio/speech", "audio/transcriptions"];

function settingsFrom(options: OpenAIServerOptions) {
  return {
    latencyMs: options.latencyMs ?? 0,
    stream: { chunkSize: 8, chunkDelayMs: 0, ...options.stream } satisfies StreamDefaults,
    moderation: options.moderation ?? ({ flag: "marker", marker: DEFAULT_MODERATION_MARKER } satisfies ModerationScript),
    speech: { durationMs: 300, sampleRate: 16_000, tone: "sine", ...options.speech } satisfies SpeechScript,
    transcript: options.transcript ?? DEFAULT_TRANSCRIPT,
  };
}

function parseJson(rawBody: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = rawBody ? JSON.parse(rawBody) : undefined;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function recordHeaders(headers: http.IncomingHttpHeaders, redact: boolean) {
  const value = headers.authorization;
  const authorization = { present: value !== undefined, scheme: value?.split(" ")[0] ?? null };
  return { headers: redact && value !== undefined ? { ...headers, authorization: "[redacted]" } : headers, authorization };
}

/** Starts the server on 127.0.0.1 with a random free port. */
export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<OpenAIServer> {
  const requests: RecordedRequest[] = [];
  const chatQueue: ScriptedReply[] = [];
  const errorQueues = new Map<ScriptableEndpoint, { status: number; message?: string }[]>();
  const transcriptQueue: string[] = [];
  let fallback: ScriptedReply = UNSCRIPTED;
  let settings = settingsFrom(options);
  const waiter = createWaiter();
  const open = new Set<http.ServerResponse>();
  /** Holds waiting for their request, claimed first in, first out. */
  const holds: { path: string | undefined; arrive: (request: RecordedRequest) => void; released: Promise<void> }[] = [];
  /** Responses whose reply is held now: `reset()` drops them, so none can answer with the next test's script. */
  const heldResponses = new Set<http.ServerResponse>();

  function holdNextReply(endpoint?: ScriptableEndpoint): HeldReply {
    let arrive!: (request: RecordedRequest) => void;
    const arrived = new Promise<RecordedRequest>((resolve) => (arrive = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const hold = { path: endpoint && `/v1/${endpoint}`, arrive, released };
    holds.push(hold);
    return {
      arrived,
      release: () => {
        // Released before its request came: the hold is dropped, so that request will not wait.
        const index = holds.indexOf(hold);
        if (index !== -1) holds.splice(index, 1);
        release();
      },
    };
  }

  /** Claims the first hold waiting for a request to `path`; its promise resolves when the test releases it. */
  function claimHold(path: string, request: RecordedRequest): Promise<void> | undefined {
    const index = holds.findIndex((hold) => hold.path === undefined || hold.path === path);
    const [hold] = index === -1 ? [] : holds.splice(index, 1);
    hold?.arrive(request);
    return hold?.released;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): Promise<void> {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const contentType = req.headers["content-type"] ?? "";
    const isMultipart = /^multipart\/form-data/i.test(contentType);
    let multipart: Multipart | undefined = isMultipart ? await parseMultipart(contentType, raw) : undefined;
    const rawBody = isMultipart ? "" : raw.toString("utf8");
    const body = isMultipart ? multipart?.fields : parseJson(rawBody);
    const method = req.method ?? "GET";
    const headers = recordHeaders(req.headers, options.redactAuthorization === true);
    const recorded: RecordedRequest = { method, path, ...headers, body, rawBody, files: describeFiles(multipart) };
    requests.push(recorded);

    try {
      const held = claimHold(path, recorded);
      if (held) {
        heldResponses.add(res);
        const released = await waiter.waitForRelease(held, res);
        heldResponses.delete(res);
        if (!released) return;
      }
      if (!(await waiter.wait(settings.latencyMs, res))) return;
      const endpoint = ENDPOINTS.find((name) => path === `/v1/${name}`);
      if (method !== "POST" || !endpoint) return sendError(res, 404, `Invalid URL (${method} ${path})`);
      if (endpoint === "chat/completions") {
        const simulated = body ? options.simulate?.find((handler) => handler.matches(body)) : undefined;
        const reply = chatQueue.shift() ?? (simulated && body ? simulated.reply(body) : fallback);
        return await replyToChat({ res, body, waiter, streamDefaults: settings.stream }, reply);
      }
      const error = errorQueues.get(endpoint)?.shift();
      if (error) return sendError(res, error.status, error.message ?? `HTTP ${error.status}`);
      if (endpoint === "moderations") {
        const inputs = moderationInputs(body?.input);
        if (!inputs) return sendError(res, 400, "Invalid value for 'input'.", "input", "invalid_value");
        const model = typeof body?.model === "string" ? body.model : "omni-moderation-latest";
        return sendJson(res, 200, moderationResponse(model, settings.moderation, inputs));
      }
      if (endpoint === "audio/speech") return replyToSpeech(res, body, settings.speech);
      return await replyToTranscription(res, multipart, transcriptQueue.shift() ?? settings.transcript);
    } finally {
      // Uploaded bytes must not outlive the request.
      multipart = undefined;
    }
  }

  const server = http.createServer((req, res) => {
    open.add(res);
    res.on("close", () => open.delete(res));
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      chunks.length = 0;
      handle(req, res, raw).catch((error: unknown) => {
        if (!res.headersSent) return sendError(res, 500, `The local OpenAI server failed: ${String(error)}`);
        res.destroy();
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setNextResponse: (reply) => void chatQueue.push(reply),
    setDefaultResponse: (reply) => {
      fallback = reply;
    },
    setNextError: (endpoint, status, message) => {
      if (endpoint === "chat/completions") return void chatQueue.push({ kind: "error", status, message });
      errorQueues.set(endpoint, [...(errorQueues.get(endpoint) ?? []), { status, message }]);
    },
    setStreamDefaults: (defaults) => {
      settings.stream = { ...settings.stream, ...defaults };
    },
    setModeration: (script) => {
      settings.moderation = script;
    },
    setSpeech: (script) => {
      settings.speech = { ...settings.speech, ...script };
    },
    setTranscript: (text) => {
      settings.transcript = text;
    },
    setNextTranscript: (text) => void transcriptQueue.push(text),
    setLatency: (ms) => {
      settings.latencyMs = ms;
    },
    holdNextReply,
    reset: () => {
      holds.length = 0;
      for (const res of heldResponses) res.destroy();
      chatQueue.length = 0;
      transcriptQueue.length = 0;
      errorQueues.clear();
      requests.length = 0;
      fallback = UNSCRIPTED;
      settings = settingsFrom(options);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        waiter.cancelAll();
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
