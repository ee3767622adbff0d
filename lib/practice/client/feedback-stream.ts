/**
 * Submits one answer and reads the feedback as it streams. The route answers either Server-Sent Events (see
 * lib/practice/stream/events.ts) or, where streaming is not available, plain JSON `{ answer }`; both end in the same
 * outcome. Every failure (a JSON 4xx, a dropped connection, a stream that stops without its terminal event) becomes
 * an `error` outcome with a sentence the screen can show as is, so the caller keeps the draft and lets the candidate
 * try again.
 */
import { createEventParser, type FeedbackEngineName, type FeedbackStage, type FeedbackStreamEvent } from "@/lib/practice/stream/events";
import type { AnswerJson } from "./session-json";
import { parseRetryAfter, withRetryHint } from "./timer";

export type { AnswerJson } from "./session-json";

export type FeedbackOutcome =
  | { kind: "result"; answer: AnswerJson; engine: FeedbackEngineName; notice: string | null }
  | { kind: "flagged"; message: string }
  | { kind: "error"; message: string; status: number | null; code: string | null; retryAfterSeconds: number | null };

export type StreamHandlers = {
  onStage?: (stage: { stage: FeedbackStage; progress: number; label: string }) => void;
  onModelAnswerDelta?: (delta: string) => void;
};

export const STREAM_CUT_MESSAGE =
  "The feedback stopped before it finished, so nothing new was shown. Your answer is still here: submit it again.";
export const NETWORK_MESSAGE = "We could not reach the server. Check your connection; your answer is still here.";
const GENERIC_MESSAGE = "We could not get feedback for that answer. Your answer is still here: please try again.";

function errorOutcome(message: string, status: number | null, code: string | null = null, retryAfterSeconds: number | null = null): FeedbackOutcome {
  return { kind: "error", message, status, code, retryAfterSeconds };
}

/** The outcome of a JSON response: `{ answer }` on success, `{ error: { code, message } }` otherwise. */
export async function outcomeFromJson(response: Response): Promise<FeedbackOutcome> {
  const body = (await response.json().catch(() => null)) as
    | { answer?: AnswerJson; error?: { code?: string; message?: string } }
    | null;
  if (response.ok && body?.answer) {
    const engine: FeedbackEngineName = body.answer.feedback?.engine === "ai" ? "ai" : "rubric";
    return { kind: "result", answer: body.answer, engine, notice: null };
  }
  if (response.ok) return errorOutcome(GENERIC_MESSAGE, response.status);
  const code = body?.error?.code ?? null;
  const message = body?.error?.message ?? GENERIC_MESSAGE;
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get("Retry-After"));
    // The server's sentence names the limit; the wait comes from the header, so say it unless the server already did.
    return errorOutcome(withRetryHint(message, wait), 429, code, wait);
  }
  return errorOutcome(message, response.status, code);
}

/** Applies one stream event: progress events go to the handlers, a terminal event becomes the outcome. */
export function outcomeFromEvent(event: FeedbackStreamEvent, handlers: StreamHandlers): FeedbackOutcome | null {
  switch (event.event) {
    case "stage":
      handlers.onStage?.(event.data);
      return null;
    case "model-answer":
      handlers.onModelAnswerDelta?.(event.data.delta);
      return null;
    case "result":
      return { kind: "result", answer: event.data.answer, engine: event.data.engine, notice: event.data.notice ?? null };
    case "flagged":
      return { kind: "flagged", message: event.data.message };
    case "error": {
      const message = event.data.error?.message ?? GENERIC_MESSAGE;
      // A server failure carries the id of its error report: shown, so a candidate can quote it to support.
      const reference = event.data.error?.requestId ? ` (Reference: ${event.data.error.requestId}.)` : "";
      return errorOutcome(`${message}${reference}`, null, event.data.error?.code ?? null);
    }
    default:
      return null;
  }
}

/** Reads an SSE body to its terminal event; a body that ends (or breaks) first is a clear error. */
export async function outcomeFromStream(body: ReadableStream<Uint8Array>, handlers: StreamHandlers): Promise<FeedbackOutcome> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createEventParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      // The final decode flushes a multi-byte character split across the last chunk; "\n\n" closes a frame the server
      // ended without its blank line.
      const text = done ? decoder.decode() + "\n\n" : decoder.decode(value, { stream: true });
      for (const event of parser.push(text)) {
        const outcome = outcomeFromEvent(event, handlers);
        if (outcome) {
          // Exactly one terminal event per stream: stop reading so a misbehaving server cannot send a second.
          void reader.cancel().catch(() => undefined);
          return outcome;
        }
      }
      if (done) return errorOutcome(STREAM_CUT_MESSAGE, null, "stream_incomplete");
    }
  } catch (caught) {
    if (caught instanceof DOMException && caught.name === "AbortError") throw caught;
    return errorOutcome(STREAM_CUT_MESSAGE, null, "stream_incomplete");
  }
}

export type SubmitAnswerOptions = StreamHandlers & {
  sessionId: string;
  position: number;
  /** The body from `buildAnswerPayload`. */
  payload: unknown;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
};

/** Same-origin only: the page's CSP allows connect-src 'self' and nothing else. */
export function answerUrl(sessionId: string, position: number): string {
  return `/api/practice/sessions/${encodeURIComponent(sessionId)}/answers/${position}`;
}

/** POSTs the answer asking for a stream, and resolves with what happened. Rejects only when `signal` aborts. */
export async function submitAnswer(options: SubmitAnswerOptions): Promise<FeedbackOutcome> {
  const doFetch = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await doFetch(answerUrl(options.sessionId, options.position), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(options.payload),
      signal: options.signal,
    });
  } catch (caught) {
    if (caught instanceof DOMException && caught.name === "AbortError") throw caught;
    return errorOutcome(NETWORK_MESSAGE, null, "network");
  }
  const type = response.headers.get("content-type") ?? "";
  if (response.ok && type.includes("text/event-stream") && response.body) return outcomeFromStream(response.body, options);
  return outcomeFromJson(response);
}
