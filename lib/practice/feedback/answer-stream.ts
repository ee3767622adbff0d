/**
 * The streaming answer: `POST /api/practice/sessions/:id/answers/:position` with `Accept: text/event-stream`.
 *
 * Every check runs first (`prepareAnswer`), so refusals are ordinary JSON 4xx responses thrown from here before any
 * byte of the stream is written. Then the response opens and carries the stages, the model answer as it is written,
 * and exactly one terminal event (see lib/practice/stream/events.ts). A client that goes away cancels the AI calls;
 * once moderation has passed, the answer is still stored with the rubric's feedback, so it is never lost.
 */
import "server-only";
import { AppError } from "@/lib/api/app-error";
import { log } from "@/lib/observability/logger";
import { reportUnexpectedError } from "@/lib/api/responses";
import type { UserContext } from "@/lib/context/request-context";
import type { ParsedAnswerRequest } from "@/lib/practice/session/schemas";
import { feedbackRequestFor, type PreparedAnswer, prepareAnswer, storeAnswer } from "@/lib/practice/session/answer-service";
import { answerToJson } from "@/lib/practice/client/session-json";
import { encodeEvent, type FeedbackStage, type FeedbackStreamEvent } from "@/lib/practice/stream/events";
import type { AiClient } from "@/lib/ai/openai-client";
import { type FeedbackSink, produceFeedback } from "./feedback-engine";
import { STAGE_LABELS, STAGE_PROGRESS } from "./messages";

/** Headers of the feedback stream: no caching, and no proxy buffering that would hold the deltas back. */
export const EVENT_STREAM_HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-store, no-transform",
  "X-Accel-Buffering": "no",
};

/** Whether the request asked for the feedback stream rather than JSON. */
export function wantsEventStream(request: Request): boolean {
  return (request.headers.get("accept") ?? "").toLowerCase().includes("text/event-stream");
}

const INTERNAL_MESSAGE = "Something went wrong on our side while saving your feedback. Your draft is still here; please try again.";

/** A terminal error event's body: an AppError's own message, or a generic one (logged without personal data). */
function errorEvent(error: unknown, requestId: string): FeedbackStreamEvent {
  if (error instanceof AppError) return { event: "error", data: { error: { code: error.code, message: error.message } } };
  reportUnexpectedError("practice.session.answer.stream", error, requestId);
  return { event: "error", data: { error: { code: "internal", message: INTERNAL_MESSAGE, requestId } } };
}

/** Produces the feedback, stores the answer and writes the terminal event. Never rejects. */
async function runFeedback(
  prepared: PreparedAnswer,
  ai: AiClient | null,
  signal: AbortSignal,
  send: (event: FeedbackStreamEvent) => void,
  sink: FeedbackSink,
): Promise<void> {
  try {
    const outcome = await produceFeedback(ai, { ...feedbackRequestFor(prepared), signal, sink });
    if (outcome.kind === "flagged") return send({ event: "flagged", data: { message: outcome.message } });
    sink.stage("saving");
    const answer = await storeAnswer(prepared, outcome);
    const notice = outcome.notice ? { notice: outcome.notice } : {};
    send({ event: "result", data: { answer: answerToJson(answer), engine: outcome.engine, ...notice } });
  } catch (error) {
    // Nobody is listening any more: nothing to tell, and an abort before moderation answered stores nothing.
    if (signal.aborted && !(error instanceof AppError)) return void log.info("practice.feedback.client_left", {});
    send(errorEvent(error, prepared.ctx.requestId));
  }
}

/**
 * Checks the answer (throwing the same AppErrors as `answerQuestion`, before anything is streamed), then answers
 * with the feedback stream. `ctx.signal` is the request's: when it aborts, the AI calls stop.
 */
export async function streamAnswerFeedback(
  ctx: UserContext,
  sessionId: string,
  position: unknown,
  request: ParsedAnswerRequest,
): Promise<Response> {
  const prepared = await prepareAnswer(ctx, sessionId, position, request);
  const ai = ctx.services.ai;
  const abort = new AbortController();
  const outer = ctx.signal;
  const onOuterAbort = () => abort.abort(outer?.reason);
  if (outer?.aborted) abort.abort(outer.reason);
  else outer?.addEventListener("abort", onOuterAbort, { once: true });

  const encoder = new TextEncoder();
  let closed = false;
  let progress = -1;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (event: FeedbackStreamEvent) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(encodeEvent(event)));
        } catch {
          closed = true;
        }
      };
      // Deltas that arrive in the same turn of the event loop (a burst from the provider) go out as one event: each
      // event costs a trip through the response pipeline, and the reader only needs the text in order.
      let pendingDelta = "";
      let flushScheduled = false;
      const flushDelta = () => {
        flushScheduled = false;
        if (!pendingDelta) return;
        const delta = pendingDelta;
        pendingDelta = "";
        write({ event: "model-answer", data: { delta } });
      };
      const send = (event: FeedbackStreamEvent) => {
        flushDelta();
        write(event);
      };
      const sink: FeedbackSink = {
        stage(stage: FeedbackStage) {
          // Progress only rises, whichever engine reports which stages.
          if (STAGE_PROGRESS[stage] <= progress) return;
          progress = STAGE_PROGRESS[stage];
          send({ event: "stage", data: { stage, progress, label: STAGE_LABELS[stage] } });
        },
        modelAnswer(delta) {
          if (!delta) return;
          pendingDelta += delta;
          if (!flushScheduled) {
            flushScheduled = true;
            setImmediate(flushDelta);
          }
        },
      };
      // Not returned: the stream must hand out events while the work runs, not after it.
      void runFeedback(prepared, ai, abort.signal, send, sink).finally(() => {
        outer?.removeEventListener("abort", onOuterAbort);
        if (closed) return;
        closed = true;
        try {
          controller.close();
        } catch {
          // Already cancelled by the reader.
        }
      });
    },
    cancel() {
      closed = true;
      abort.abort(new DOMException("The client closed the feedback stream.", "AbortError"));
    },
  });
  return new Response(body, { status: 200, headers: EVENT_STREAM_HEADERS });
}
