/**
 * What the local OpenAI server records, its artificial latency, its held replies, its 404s and its shutdown, seen
 * through the real `openai` SDK.
 */
import OpenAI, { NotFoundError } from "openai";
import { describe, expect, it } from "vitest";
import { startOpenAIServer } from "@/tests/helpers/openai-server";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const LATENCY_MS = 120;
// libuv timers count whole milliseconds, so a delay can end up to 1 ms before the wall-clock mark.
const TIMER_SLACK_MS = 1;

const openai = useOpenAIServer({ redactAuthorization: true }, "sk-never-recorded");

async function elapsed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

describe("recording", () => {
  it("records method, path, headers and body, with the key's presence but not its value", async () => {
    openai.server.setNextResponse({ kind: "text", content: "ok" });
    await openai.client.chat.completions.create({ model: "test-model", messages: [{ role: "user", content: "hi" }] });

    const [request] = openai.server.requests;
    expect(request).toMatchObject({ method: "POST", path: "/v1/chat/completions", authorization: { present: true, scheme: "Bearer" } });
    expect(request?.headers.authorization).toBe("[redacted]");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.body).toEqual({ model: "test-model", messages: [{ role: "user", content: "hi" }] });
    expect(request?.files).toEqual([]);
    expect(JSON.stringify(openai.server.requests)).not.toContain("sk-never-recorded");
  });

  it("records that no key was sent", async () => {
    await fetch(`${openai.server.baseURL}/moderations`, { method: "POST", body: JSON.stringify({ input: "x" }) });
    expect(openai.server.requests[0]?.authorization).toEqual({ present: false, scheme: null });
  });
});

describe("artificial latency", () => {
  it.each([
    ["chat completions", () => openai.client.chat.completions.create({ model: "m", messages: [] })],
    ["moderations", () => openai.client.moderations.create({ input: "x" })],
    ["speech", () => openai.client.audio.speech.create({ model: "m", voice: "alloy", input: "x", response_format: "wav" }).then((r) => r.arrayBuffer())],
    ["an unknown path", () => openai.client.models.list().catch(() => undefined)],
  ] as const)("delays %s by at least the configured latency", async (_name, call) => {
    openai.server.setLatency(LATENCY_MS);
    openai.server.setNextResponse({ kind: "text", content: "ok" });
    expect(await elapsed(call)).toBeGreaterThanOrEqual(LATENCY_MS - TIMER_SLACK_MS);
  });

  it("delays the first streamed chunk by the latency set at start-up", async () => {
    const slow = await startOpenAIServer({ latencyMs: LATENCY_MS });
    try {
      const slowClient = new OpenAI({ apiKey: "test", baseURL: slow.baseURL, maxRetries: 0 });
      slow.setNextResponse({ kind: "text", content: "streamed" });
      const started = performance.now();
      const stream = await slowClient.chat.completions.create({ model: "m", messages: [], stream: true });
      for await (const chunk of stream) {
        expect(chunk.choices[0]?.delta.role).toBe("assistant");
        break;
      }
      expect(performance.now() - started).toBeGreaterThanOrEqual(LATENCY_MS - TIMER_SLACK_MS);
      // reset() keeps the start-up latency.
      slow.reset();
      expect(await elapsed(() => slowClient.moderations.create({ input: "x" }))).toBeGreaterThanOrEqual(LATENCY_MS - TIMER_SLACK_MS);
    } finally {
      await slow.close();
    }
  });
});

describe("held replies", () => {
  it("holds the next reply to an endpoint until released, and only that one", async () => {
    openai.server.setDefaultResponse({ kind: "text", content: "ok" });
    const held = openai.server.holdNextReply("chat/completions");
    let settled = false;
    const call = openai.client.chat.completions.create({ model: "m", messages: [] }).finally(() => (settled = true));

    expect(await held.arrived).toMatchObject({ method: "POST", path: "/v1/chat/completions" });
    // Other paths and the next chat completion are answered meanwhile; the held one is not.
    await openai.client.moderations.create({ input: "x" });
    expect((await openai.client.chat.completions.create({ model: "m", messages: [] })).choices[0]?.message.content).toBe("ok");
    expect(settled).toBe(false);

    held.release();
    expect((await call).choices[0]?.message.content).toBe("ok");
    expect(openai.server.requests.map((r) => r.path)).toEqual(["/v1/chat/completions", "/v1/moderations", "/v1/chat/completions"]);
  });

  it("holds nothing once released early, and drops a held reply on reset", async () => {
    const early = openai.server.holdNextReply("moderations");
    early.release();
    await expect(openai.client.moderations.create({ input: "x" })).resolves.toMatchObject({ results: [{ flagged: false }] });

    const dropped = openai.server.holdNextReply();
    const call = openai.client.moderations.create({ input: "x" });
    await dropped.arrived;
    openai.server.reset();
    await expect(call).rejects.toThrow();
  });
});

describe("unknown paths", () => {
  it("answers 404 in OpenAI's error shape", async () => {
    const call = openai.client.models.list();
    await expect(call).rejects.toBeInstanceOf(NotFoundError);
    await expect(call).rejects.toMatchObject({ status: 404, error: { message: "Invalid URL (GET /v1/models)", type: "invalid_request_error" } });
    expect(openai.server.requests[0]).toMatchObject({ method: "GET", path: "/v1/models" });
  });

  it("answers 404 to a GET on a known path", async () => {
    const response = await fetch(`${openai.server.baseURL}/chat/completions`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { type: "invalid_request_error", param: null, code: null } });
  });
});

describe("close", () => {
  it("ends an open stream and resolves promptly", async () => {
    const own = await startOpenAIServer({ stream: { chunkSize: 1, chunkDelayMs: 50 } });
    const ownClient = new OpenAI({ apiKey: "test", baseURL: own.baseURL, maxRetries: 0 });
    const answer = "a long answer that would take seconds to stream";
    own.setNextResponse({ kind: "text", content: answer });
    const stream = await ownClient.chat.completions.create({ model: "m", messages: [], stream: true });

    let content = "";
    let closed: Promise<string> | undefined;
    const iteration = (async () => {
      for await (const chunk of stream) {
        content += chunk.choices[0]?.delta.content ?? "";
        // Called mid-stream; resolves with what the client had by the time close() finished.
        if (content.length === 2) closed ??= own.close().then(() => content);
      }
    })();

    await expect(iteration).rejects.toThrow();
    // Streaming the rest would take over 2 s (46 more chunks, 50 ms apart); close() did not wait for it: it resolved,
    // and the stream broke off, both short of the answer. (A chunk already in flight when close() ran may still land.)
    const atClose = await closed;
    expect(atClose).toMatch(/^a /);
    expect(atClose!.length).toBeLessThan(answer.length);
    expect(answer.startsWith(content)).toBe(true);
    expect(content.length).toBeLessThan(answer.length);
  });
});
