/**
 * The feedback stream's wire format, shared by the server that writes it and the browser that reads it.
 *
 * `POST /api/practice/sessions/:id/answers/:position` with `Accept: text/event-stream` answers, once the input,
 * the allowance, the session and the question have been checked (those failures are ordinary JSON 4xx responses),
 * with `Content-Type: text/event-stream` and a sequence of Server-Sent Events. Each event's `data` is one JSON value:
 *
 *   event: stage         { stage, progress, label }          zero or more, progress rising from 0 to 1
 *   event: model-answer  { delta }                           zero or more chunks of the model answer's text, in order
 *   event: flagged       { message }                         terminal: moderation flagged the answer; nothing stored
 *   event: result        { answer, engine, notice? }         terminal: the stored answer (dates as ISO strings)
 *   event: error         { error: { code, message, requestId? } }  terminal: nothing more will come
 *
 * Exactly one terminal event ends every stream. Without that Accept header the route answers JSON `{ answer }`.
 */
import type { PracticeAnswerView } from "@/lib/practice/session/views";

export const FEEDBACK_STAGES = ["received", "moderating", "scoring", "writing", "saving"] as const;
export type FeedbackStage = (typeof FEEDBACK_STAGES)[number];

/** Which engine wrote the feedback: the OpenAI model, or the offline rubric with templated guidance. */
export type FeedbackEngineName = "ai" | "rubric";

/** A view whose Date fields have crossed the wire as ISO strings. */
export type Jsonified<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type FeedbackStreamEvent =
  | { event: "stage"; data: { stage: FeedbackStage; progress: number; label: string } }
  | { event: "model-answer"; data: { delta: string } }
  | { event: "flagged"; data: { message: string } }
  | { event: "result"; data: { answer: Jsonified<PracticeAnswerView>; engine: FeedbackEngineName; notice?: string } }
  | { event: "error"; data: { error: { code: string; message: string; requestId?: string } } };

export const TERMINAL_EVENTS: ReadonlySet<FeedbackStreamEvent["event"]> = new Set(["flagged", "result", "error"]);

/** Serialises one event as an SSE frame. */
export function encodeEvent(event: FeedbackStreamEvent): string {
  return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/**
 * Incremental SSE parser for the browser (and tests): feed it text chunks as they arrive, get whole events back.
 * Frames split across chunks are buffered; comments and unknown fields are ignored.
 */
export function createEventParser(): { push(chunk: string): FeedbackStreamEvent[] } {
  let buffer = "";
  return {
    push(chunk) {
      buffer += chunk.replace(/\r\n?/g, "\n");
      const events: FeedbackStreamEvent[] = [];
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = "message";
        const data: string[] = [];
        for (const line of frame.split("\n")) {
          if (line.startsWith(":")) continue;
          const colon = line.indexOf(":");
          const field = colon === -1 ? line : line.slice(0, colon);
          const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
          if (field === "event") name = value;
          else if (field === "data") data.push(value);
        }
        if (data.length === 0) continue;
        try {
          events.push({ event: name, data: JSON.parse(data.join("\n")) } as FeedbackStreamEvent);
        } catch {
          // A frame that is not JSON is not ours; skip it rather than break the stream.
        }
      }
      return events;
    },
  };
}
