/**
 * The local OpenAI server's streamed chat completions, read by the real `openai` SDK: what the SDK assembles must be
 * exactly what the test scripted, and each scripted failure must surface the way a real broken stream does.
 */
import OpenAI, { APIError } from "openai";
import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import { describe, expect, it } from "vitest";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const FEEDBACK = "Your situation was clear, but the result needs a number: say by how much errors dropped.";
const MESSAGES = [{ role: "user" as const, content: "Give feedback on my answer." }];

const openai = useOpenAIServer();

/** Reads a stream to its end, keeping every chunk and the error it ended with, if any. */
async function drain(stream: AsyncIterable<ChatCompletionChunk>) {
  const chunks: ChatCompletionChunk[] = [];
  let error: unknown;
  try {
    for await (const chunk of stream) chunks.push(chunk);
  } catch (caught) {
    error = caught;
  }
  const content = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
  return { chunks, error, content, contentChunks: chunks.filter((c) => c.choices[0]?.delta.content) };
}

const streamFeedback = (options: Partial<OpenAI.Chat.ChatCompletionCreateParamsStreaming> = {}) =>
  openai.client.chat.completions.create({ model: "test-model", messages: MESSAGES, stream: true, ...options });

describe("streamed chat completions", () => {
  it("assembles exactly the scripted content from at least three chunks", async () => {
    openai.server.setNextResponse({ kind: "text", content: FEEDBACK });
    const { chunks, error, content, contentChunks } = await drain(await streamFeedback());

    expect(error).toBeUndefined();
    expect(content).toBe(FEEDBACK);
    expect(contentChunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks[0]?.choices[0]?.delta.role).toBe("assistant");
    expect(chunks.every((c) => c.object === "chat.completion.chunk" && c.id === chunks[0]?.id)).toBe(true);
    const last = chunks.at(-1);
    expect(last?.choices[0]).toMatchObject({ delta: {}, finish_reason: "stop" });
    expect(chunks.slice(0, -1).every((c) => c.choices[0]?.finish_reason === null)).toBe(true);
    expect(chunks.some((c) => c.usage)).toBe(false);
  });

  it("ends with a usage chunk when stream_options.include_usage is set", async () => {
    openai.server.setNextResponse({ kind: "text", content: FEEDBACK });
    const { chunks, content } = await drain(await streamFeedback({ stream_options: { include_usage: true } }));

    expect(content).toBe(FEEDBACK);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toEqual({ prompt_tokens: 100, completion_tokens: Math.ceil(FEEDBACK.length / 4), total_tokens: 100 + Math.ceil(FEEDBACK.length / 4) });
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
    expect(openai.server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("splits content by the scripted chunk size and waits the scripted delay before each chunk", async () => {
    openai.server.setNextResponse({ kind: "text", content: "abcdefghijklmnopqrst", stream: { chunkSize: 5, chunkDelayMs: 40 } });
    const started = performance.now();
    const { contentChunks } = await drain(await streamFeedback());

    expect(contentChunks.map((c) => c.choices[0]?.delta.content)).toEqual(["abcde", "fghij", "klmno", "pqrst"]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(4 * 40 - 4);
  });

  it("applies the server's stream defaults when a reply sets none", async () => {
    openai.server.setStreamDefaults({ chunkSize: 3 });
    openai.server.setNextResponse({ kind: "text", content: "123456789" });
    const { contentChunks } = await drain(await streamFeedback());
    expect(contentChunks.map((c) => c.choices[0]?.delta.content)).toEqual(["123", "456", "789"]);
  });

  it("keeps characters outside the basic plane whole across chunk boundaries", async () => {
    const text = "Great 👍🏽 result — café";
    openai.server.setNextResponse({ kind: "text", content: text, stream: { chunkSize: 1 } });
    const { content, contentChunks } = await drain(await streamFeedback());
    expect(content).toBe(text);
    expect(contentChunks).toHaveLength(Array.from(text).length);
  });

  it("streams JSON replies and refusals in their own delta fields", async () => {
    openai.server.setNextResponse({ kind: "json", json: { score: 80 } });
    expect((await drain(await streamFeedback())).content).toBe('{"score":80}');

    openai.server.setNextResponse({ kind: "refusal", refusal: "I can't help with that request." });
    const { chunks } = await drain(await streamFeedback());
    expect(chunks.map((c) => c.choices[0]?.delta.refusal ?? "").join("")).toBe("I can't help with that request.");
    expect(chunks.every((c) => !c.choices[0]?.delta.content)).toBe(true);
  });

  it("produces a final completion through the SDK's stream helper", async () => {
    openai.server.setNextResponse({ kind: "text", content: FEEDBACK });
    const stream = openai.client.chat.completions.stream({ model: "test-model", messages: MESSAGES });
    const deltas: string[] = [];
    stream.on("content", (delta) => deltas.push(delta));
    const completion = await stream.finalChatCompletion();

    expect(completion.choices[0]?.message).toMatchObject({ role: "assistant", content: FEEDBACK });
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(deltas.length).toBeGreaterThanOrEqual(3);
  });

  it("still answers a non-streaming request with a whole completion", async () => {
    openai.server.setNextResponse({ kind: "text", content: FEEDBACK, stream: { interrupt: { afterChunks: 1 } } });
    const completion = await openai.client.chat.completions.create({ model: "test-model", messages: MESSAGES });
    expect(completion.choices[0]?.message.content).toBe(FEEDBACK);
  });
});

describe("streamed chat completion failures", () => {
  it("throws from the SDK's iterator after partial content when the connection drops mid-stream", async () => {
    openai.server.setNextResponse({ kind: "text", content: FEEDBACK, stream: { chunkSize: 8, chunkDelayMs: 5, interrupt: { afterChunks: 2 } } });
    const { error, content, chunks } = await drain(await streamFeedback());

    expect(content).toBe(FEEDBACK.slice(0, 16));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(APIError);
    expect(chunks.some((c) => c.choices[0]?.finish_reason)).toBe(false);
  });

  it("drops before finish_reason when the content has fewer chunks than scripted", async () => {
    openai.server.setNextResponse({ kind: "text", content: "short", stream: { interrupt: { afterChunks: 10 } } });
    const { error, content } = await drain(await streamFeedback());
    expect(content).toBe("short");
    expect(error).toBeInstanceOf(Error);
  });

  it("throws an APIError from the iterator when the stream carries an error event", async () => {
    openai.server.setNextResponse({
      kind: "text",
      content: FEEDBACK,
      stream: { interrupt: { afterChunks: 1, how: "error_event", message: "The model overloaded." } },
    });
    const { error, content } = await drain(await streamFeedback());

    expect(content).toBe(FEEDBACK.slice(0, 8));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).message).toContain("The model overloaded.");
  });

  it("rejects the create call when an error status is scripted before the stream starts", async () => {
    openai.server.setNextError("chat/completions", 503, "Service unavailable.");
    const call = streamFeedback();
    await expect(call).rejects.toBeInstanceOf(APIError);
    await expect(call).rejects.toMatchObject({ status: 503, error: { type: "server_error", message: "Service unavailable." } });
  });

  it("stops writing when the client aborts mid-stream", async () => {
    openai.server.setNextResponse({ kind: "text", content: FEEDBACK.repeat(5), stream: { chunkSize: 4, chunkDelayMs: 20 } });
    const stream = await streamFeedback();
    let received = 0;
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content && ++received === 2) stream.controller.abort();
    }
    expect(received).toBe(2);
    // The next scripted reply is served normally: the aborted stream left nothing behind.
    openai.server.setNextResponse({ kind: "text", content: "next" });
    expect((await drain(await streamFeedback())).content).toBe("next");
  });
});
