/**
 * The AI client's streaming and moderation calls with the real SDK against the local OpenAI server: every way a
 * stream can end badly becomes an `AiUnavailableError`, and moderation reports flags by category.
 */
import { describe, expect, it } from "vitest";
import { AiUnavailableError, createOpenAIClient, MODERATION_MODEL } from "@/lib/ai/openai-client";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const harness = useOpenAIServer({ redactAuthorization: true });
// Far longer than a local round trip on a loaded machine: only the test about the deadline sets a short one.
const client = (timeoutMs = 10_000) =>
  createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs });
const TEXT = "Situation: one. Task: two. Action: three. Result: four.";

async function collect(iterable: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const delta of iterable) out.push(delta);
  return out;
}

async function failure(iterable: AsyncIterable<string>): Promise<{ error: AiUnavailableError; deltas: string[] }> {
  const deltas: string[] = [];
  try {
    for await (const delta of iterable) deltas.push(delta);
  } catch (error) {
    expect(error).toBeInstanceOf(AiUnavailableError);
    return { error: error as AiUnavailableError, deltas };
  }
  throw new Error("the stream did not fail");
}

describe("AiClient.streamText", () => {
  it("yields the deltas in order and sends stream, store: false and no user field", async () => {
    harness.server.setNextResponse({ kind: "text", content: TEXT, stream: { chunkSize: 5 } });
    const deltas = await collect(client().streamText({ system: "sys", user: "usr" }));
    expect(deltas.join("")).toBe(TEXT);
    expect(deltas.length).toBeGreaterThan(5);
    const [request] = harness.server.requests;
    expect(request!.body).toMatchObject({ stream: true, store: false, messages: [{ role: "system", content: "sys" }, { role: "user", content: "usr" }] });
    expect(request!.body).not.toHaveProperty("user");
  });

  it("throws provider_error when the connection drops mid-stream, after the deltas that arrived", async () => {
    harness.server.setNextResponse({ kind: "text", content: TEXT, stream: { chunkSize: 5, interrupt: { afterChunks: 2 } } });
    const { error, deltas } = await failure(client().streamText({ system: "s", user: "u" }));
    expect(error.reason).toBe("provider_error");
    expect(deltas).toHaveLength(2);
  });

  it("throws when the stream sends an error event or ends before finishing", async () => {
    harness.server.setNextResponse({ kind: "text", content: TEXT, stream: { interrupt: { afterChunks: 1, how: "error_event" } } });
    expect((await failure(client().streamText({ system: "s", user: "u" }))).error.reason).toBe("provider_error");
    harness.server.setNextResponse({ kind: "text", content: TEXT, stream: { interrupt: { afterChunks: 99 } } });
    expect((await failure(client().streamText({ system: "s", user: "u" }))).error.reason).toBe("provider_error");
  });

  it("maps an HTTP error, a refusal, a cut-off reply and a stall to their reasons", async () => {
    harness.server.setNextResponse({ kind: "error", status: 500 });
    expect((await failure(client().streamText({ system: "s", user: "u" }))).error).toMatchObject({ reason: "provider_error", status: 500 });
    harness.server.setNextResponse({ kind: "refusal", refusal: "No." });
    expect((await failure(client().streamText({ system: "s", user: "u" }))).error.reason).toBe("refused");
    harness.server.setNextResponse({ kind: "text", content: TEXT, finishReason: "length" });
    expect((await failure(client().streamText({ system: "s", user: "u" }))).error.reason).toBe("invalid_output");
    // Scripted 100 ms apart, the seven chunks take 700 ms in all, while no gap reaches the 250 ms deadline: the
    // deadline covers the whole stream, and cuts it short rather than waiting for the rest.
    harness.server.setNextResponse({ kind: "text", content: TEXT, stream: { chunkDelayMs: 100 } });
    const stalled = await failure(client().streamText({ system: "s", user: "u", timeoutMs: 250 }));
    expect(stalled.error.reason).toBe("timeout");
    expect(TEXT.startsWith(stalled.deltas.join(""))).toBe(true);
    expect(stalled.deltas.join("").length).toBeLessThan(TEXT.length);
  });

  it("rethrows the caller's abort reason", async () => {
    harness.server.setNextResponse({ kind: "text", content: TEXT, stream: { chunkSize: 2, chunkDelayMs: 30 } });
    const controller = new AbortController();
    const reason = new Error("left");
    const deltas: string[] = [];
    await expect(
      (async () => {
        for await (const delta of client().streamText({ system: "s", user: "u", signal: controller.signal })) {
          deltas.push(delta);
          controller.abort(reason);
        }
      })(),
    ).rejects.toBe(reason);
    expect(deltas).toHaveLength(1);
  });
});

describe("AiClient.moderate", () => {
  it("flags a text with the marker and names its categories", async () => {
    harness.server.setModeration({ flag: "marker", marker: "FLAG_ME", category: "violence" });
    expect(await client().moderate(["fine", "not FLAG_ME fine"])).toEqual({ flagged: true, categories: ["violence"] });
    expect(await client().moderate(["fine"])).toEqual({ flagged: false, categories: [] });
    const moderation = harness.server.requests.filter((r) => r.path === "/v1/moderations");
    expect(moderation[0]!.body).toEqual({ model: MODERATION_MODEL, input: ["fine", "not FLAG_ME fine"] });
  });

  it("skips the call for empty input and maps endpoint failures", async () => {
    expect(await client().moderate(["  "])).toEqual({ flagged: false, categories: [] });
    expect(harness.server.requests).toHaveLength(0);
    harness.server.setNextError("moderations", 503);
    await expect(client().moderate(["x"])).rejects.toMatchObject({ name: "AiUnavailableError", reason: "provider_error", status: 503 });
  });
});
