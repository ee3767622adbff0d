import { describe, expect, it, vi } from "vitest";
import { encodeEvent, type FeedbackStreamEvent } from "@/lib/practice/stream/events";
import { type AnswerJson, STREAM_CUT_MESSAGE, submitAnswer } from "./feedback-stream";

const answer = { position: 1, question: "Q", answerText: "A", mode: "typed", answeredAt: "2030-01-01T00:00:00.000Z" } as AnswerJson;

function streamOf(chunks: string[], options: { breakAfter?: boolean } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (options.breakAfter) controller.error(new TypeError("network error"));
      else controller.close();
    },
  });
}

function sseResponse(chunks: string[], options?: { breakAfter?: boolean }): Response {
  return new Response(streamOf(chunks, options), { status: 200, headers: { "content-type": "text/event-stream" } });
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

function run(response: Response | Error) {
  const fetchImpl = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  const stages: number[] = [];
  let modelAnswer = "";
  const outcome = submitAnswer({
    sessionId: "s1",
    position: 2,
    payload: { answer: "A" },
    fetchImpl: fetchImpl as unknown as typeof fetch,
    onStage: (s) => stages.push(s.progress),
    onModelAnswerDelta: (d) => (modelAnswer += d),
  });
  return { fetchImpl, outcome, stages, modelAnswer: () => modelAnswer };
}

const frames = (...events: FeedbackStreamEvent[]) => events.map(encodeEvent).join("");

describe("submitAnswer", () => {
  it("posts the payload same-origin, asking for a stream", async () => {
    const { fetchImpl, outcome } = run(json(200, { answer }));
    await outcome;
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/practice/sessions/s1/answers/2");
    expect(init.method).toBe("POST");
    expect((init.headers as Record<string, string>).accept).toBe("text/event-stream");
    expect(JSON.parse(init.body as string)).toEqual({ answer: "A" });
  });

  it("reports stages and model-answer deltas, then the result, across split chunks", async () => {
    const text = frames(
      { event: "stage", data: { stage: "received", progress: 0.1, label: "Received" } },
      { event: "model-answer", data: { delta: "In my last role " } },
      { event: "model-answer", data: { delta: "I led — a café’s migration." } },
      { event: "stage", data: { stage: "saving", progress: 0.9, label: "Saving" } },
      { event: "result", data: { answer, engine: "ai", notice: "The AI stopped early." } },
    );
    // Split inside frames and inside a multi-byte character.
    const bytes = new TextEncoder().encode(text);
    const cut = [0, 17, 60, 95, 96, bytes.length];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < cut.length - 1; i += 1) controller.enqueue(bytes.slice(cut[i], cut[i + 1]));
        controller.close();
      },
    });
    const { outcome, stages, modelAnswer } = run(new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8" } }));
    expect(await outcome).toEqual({ kind: "result", answer, engine: "ai", notice: "The AI stopped early." });
    expect(stages).toEqual([0.1, 0.9]);
    expect(modelAnswer()).toBe("In my last role I led — a café’s migration.");
  });

  it("returns the flagged message with no result", async () => {
    const { outcome } = run(sseResponse([frames({ event: "flagged", data: { message: "Let us keep it professional." } })]));
    expect(await outcome).toEqual({ kind: "flagged", message: "Let us keep it professional." });
  });

  it("returns the error event's message", async () => {
    const { outcome } = run(sseResponse([frames({ event: "error", data: { error: { code: "internal", message: "Scoring failed." } } })]));
    expect(await outcome).toMatchObject({ kind: "error", message: "Scoring failed.", code: "internal" });
  });

  it("adds the error report's reference to an internal error's message", async () => {
    const event: FeedbackStreamEvent = { event: "error", data: { error: { code: "internal", message: "Something went wrong.", requestId: "abc-123" } } };
    const { outcome } = run(sseResponse([frames(event)]));
    expect(await outcome).toMatchObject({ kind: "error", code: "internal", message: "Something went wrong. (Reference: abc-123.)" });
  });

  it("turns a stream that ends without a terminal event into a clear error", async () => {
    const { outcome } = run(sseResponse([frames({ event: "stage", data: { stage: "scoring", progress: 0.5, label: "Scoring" } })]));
    expect(await outcome).toMatchObject({ kind: "error", message: STREAM_CUT_MESSAGE, code: "stream_incomplete" });
  });

  it("turns a stream that breaks mid-way into the same error", async () => {
    const { outcome } = run(sseResponse(["event: model-answer\ndata: {\"delta\":\"I"], { breakAfter: true }));
    expect(await outcome).toMatchObject({ kind: "error", message: STREAM_CUT_MESSAGE });
  });

  it("accepts a plain JSON answer from a route that does not stream", async () => {
    const withAi = { ...answer, feedback: { engine: "ai" } } as unknown as AnswerJson;
    expect(await run(json(200, { answer })).outcome).toEqual({ kind: "result", answer, engine: "rubric", notice: null });
    expect(await run(json(200, { answer: withAi })).outcome).toMatchObject({ kind: "result", engine: "ai" });
  });

  it("shows a JSON 4xx's message", async () => {
    const { outcome } = run(json(409, { error: { code: "conflict", message: "This session reached its 60-minute limit." } }));
    expect(await outcome).toEqual({
      kind: "error",
      message: "This session reached its 60-minute limit.",
      status: 409,
      code: "conflict",
      retryAfterSeconds: null,
    });
  });

  it("adds the wait to a 429", async () => {
    const { outcome } = run(json(429, { error: { code: "rate_limited", message: "You have used your 60 answers an hour." } }, { "Retry-After": "600" }));
    expect(await outcome).toMatchObject({
      kind: "error",
      status: 429,
      retryAfterSeconds: 600,
      message: "You have used your 60 answers an hour. Try again in 10 minutes.",
    });
  });

  it("survives a non-JSON error body and a network failure", async () => {
    const html = new Response("<h1>Bad gateway</h1>", { status: 502, headers: { "content-type": "text/html" } });
    expect(await run(html).outcome).toMatchObject({ kind: "error", status: 502 });
    expect(await run(new TypeError("Failed to fetch")).outcome).toMatchObject({ kind: "error", code: "network" });
  });
});
