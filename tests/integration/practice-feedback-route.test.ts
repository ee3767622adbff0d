/**
 * The answer route with `Accept: text/event-stream`, through the real proxy: every refusal is a JSON error before the
 * stream opens; then the stream, offline and with the app's AI client (here pointed at the local OpenAI server);
 * without the Accept header the route still answers JSON.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as answerRoute from "@/app/api/practice/sessions/[id]/answers/[position]/route";
import * as sessionsRoute from "@/app/api/practice/sessions/route";
import { getDb } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import type { AiClient } from "@/lib/ai/openai-client";
import { createOpenAIClient } from "@/lib/ai/openai-client";
import { buildAnswerPayload } from "@/lib/practice/session/answer-payload";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { createEventParser, type FeedbackStreamEvent } from "@/lib/practice/stream/events";
import { signedInTestUser } from "@/tests/helpers/context";
import { feedbackSimHandlers } from "@/tests/helpers/openai-server/simulate-feedback";
import { callThroughProxy } from "@/tests/helpers/through-proxy";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

// The route uses the app's client (`getOpenAIClient()`); each test chooses it: null (offline) or the local server's.
const ai = vi.hoisted(() => ({ client: null as AiClient | null }));
vi.mock("@/lib/ai/openai-client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/ai/openai-client")>();
  return { ...actual, getOpenAIClient: () => ai.client };
});

const harness = useOpenAIServer({ simulate: feedbackSimHandlers, redactAuthorization: true });
beforeEach(() => {
  ai.client = null;
});
// The deadline is far longer than a local round trip on a loaded machine: no test here is about timing out.
const useAi = () => {
  ai.client = createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 10_000 });
};

const base = "http://localhost:3000/api/practice";
const SSE = "text/event-stream";

async function signIn(): Promise<string> {
  return (await signedInTestUser(`stream-${randomUUID()}@example.test`)).cookie;
}

async function start(cookie: string): Promise<string> {
  const request = new Request(`${base}/sessions`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ type: "behavioural", count: 3 }),
  });
  const response = await callThroughProxy(sessionsRoute.POST, request);
  expect(response.status).toBe(201);
  return (await response.json()).session.id;
}

function answer(id: string, options: { cookie?: string; body?: unknown; accept?: string; position?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.accept) headers.accept = options.accept;
  const position = options.position ?? "1";
  const body = JSON.stringify(options.body ?? buildAnswerPayload({ answer: STRONG_ANSWER, mode: "typed", durationMs: 45_000 }));
  const request = new Request(`${base}/sessions/${id}/answers/${position}`, { method: "POST", headers, body });
  return callThroughProxy(answerRoute.POST, request, { id, position });
}

async function readEvents(response: Response): Promise<FeedbackStreamEvent[]> {
  const parser = createEventParser();
  return parser.push(await response.text());
}

async function expectJsonError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
}

describe("answer route refusals before the stream opens", () => {
  it("answers 401 JSON when signed out", async () => {
    await expectJsonError(await answer(randomUUID(), { accept: SSE }), 401, "unauthorized");
  });

  it("answers 422 JSON for bad input and an unknown position", async () => {
    const cookie = await signIn();
    const id = await start(cookie);
    await expectJsonError(await answer(id, { cookie, accept: SSE, body: { answer: "" } }), 422, "unprocessable");
    await expectJsonError(await answer(id, { cookie, accept: SSE, position: "9" }), 422, "unprocessable");
  });

  it("answers 404 JSON for another user's session", async () => {
    const id = await start(await signIn());
    await expectJsonError(await answer(id, { cookie: await signIn(), accept: SSE }), 404, "not_found");
  });

  it("answers 409 JSON for a session past its time limit", async () => {
    const cookie = await signIn();
    const id = await start(cookie);
    const db = await getDb();
    await db.update(practiceSessions).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(practiceSessions.id, id));
    useAi();
    await expectJsonError(await answer(id, { cookie, accept: SSE }), 409, "conflict");
    // Moderation starts while the session loads and is cancelled by the refusal (it may or may not have reached the
    // server by then); no feedback is ever asked for.
    expect(harness.server.requests.filter((request) => !request.path.endsWith("/moderations"))).toEqual([]);
  });
});

describe("answer route streams", () => {
  it("streams the rubric's feedback offline with the stream headers", async () => {
    const cookie = await signIn();
    const id = await start(cookie);
    const response = await answer(id, { cookie, accept: `${SSE}, application/json;q=0.5` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    const events = await readEvents(response);
    expect(events[0]).toMatchObject({ event: "stage", data: { stage: "received" } });
    expect(events.at(-1)).toMatchObject({ event: "result", data: { engine: "rubric", answer: { position: 1, answerText: STRONG_ANSWER } } });
  });

  it("streams the AI's feedback with the configured client", async () => {
    const cookie = await signIn();
    const id = await start(cookie);
    useAi();
    const events = await readEvents(await answer(id, { cookie, accept: SSE }));
    expect(events.some((e) => e.event === "model-answer")).toBe(true);
    expect(events.at(-1)).toMatchObject({ event: "result", data: { engine: "ai", answer: { feedback: { engine: "ai" } } } });
  });

  it("sends an error event with a safe message when the session is finished while the feedback is written", async () => {
    const cookie = await signIn();
    const id = await start(cookie);
    useAi();
    const db = await getDb();
    // The response arrives once every check has passed. The feedback needs both chat completions (the scores and the
    // model answer) before the answer is stored: holding the first to arrive lets the session be finished under the
    // stream's feet, at a moment known to be before the answer is stored.
    const held = harness.server.holdNextReply("chat/completions");
    const response = await answer(id, { cookie, accept: SSE });
    expect(response.status).toBe(200);
    await held.arrived;
    await db.update(practiceSessions).set({ status: "completed", completedAt: new Date() }).where(eq(practiceSessions.id, id));
    held.release();
    const events = await readEvents(response);
    const end = events.at(-1)!;
    expect(end).toMatchObject({ event: "error", data: { error: { code: "conflict", message: expect.stringMatching(/finished/) } } });
    expect(JSON.stringify(end)).not.toContain(STRONG_ANSWER.slice(0, 20));
  });
});

describe("answer route without the stream", () => {
  it("answers JSON { answer } as before, offline and with AI", async () => {
    const cookie = await signIn();
    const id = await start(cookie);
    const offline = await answer(id, { cookie });
    expect(offline.headers.get("content-type")).toMatch(/application\/json/);
    expect((await offline.json()).answer).toMatchObject({ position: 1, feedback: { engine: "rubric" } });
    useAi();
    const online = await answer(id, { cookie, accept: "application/json" });
    expect(online.status).toBe(200);
    expect((await online.json()).answer).toMatchObject({ position: 1, feedback: { engine: "ai", modelAnswer: { engine: "ai" } } });
  });
});
