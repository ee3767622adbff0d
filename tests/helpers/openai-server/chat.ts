/**
 * `POST /v1/chat/completions` for the local OpenAI server: a whole completion, or, when the request asks for
 * `stream: true`, Server-Sent Events in OpenAI's format (a role chunk, content chunks, a chunk carrying
 * `finish_reason`, an optional usage chunk, then `data: [DONE]`).
 */
import type http from "node:http";
import { errorBody, sendJson, startEventStream, type Waiter, writeFlushed } from "./http";
import type { ScriptedReply, StreamDefaults, StreamScript } from "./types";

const PROMPT_TOKENS = 100;

function usage(text: string) {
  const completionTokens = Math.ceil(text.length / 4);
  return { prompt_tokens: PROMPT_TOKENS, completion_tokens: completionTokens, total_tokens: PROMPT_TOKENS + completionTokens };
}

const completionId = () => `chatcmpl-test${Math.random().toString(36).slice(2, 12)}`;

/** An OpenAI chat completion with one choice. */
export function chatCompletion(model: string, message: { content: string | null; refusal: string | null }, finishReason = "stop") {
  return {
    id: completionId(),
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", ...message }, logprobs: null, finish_reason: finishReason }],
    usage: usage(message.content ?? message.refusal ?? ""),
    system_fingerprint: "fp_test",
  };
}

/** Splits by code points, so a chunk boundary never cuts an emoji or accented letter in half. */
export function splitIntoChunks(text: string, size: number): string[] {
  const points = Array.from(text);
  const chunks: string[] = [];
  for (let i = 0; i < points.length; i += Math.max(1, size)) chunks.push(points.slice(i, i + Math.max(1, size)).join(""));
  return chunks;
}

/** The reply's message, whichever content kind it is. */
type Message = { field: "content" | "refusal"; text: string; finishReason: string; stream: StreamScript | undefined };

function messageOf(reply: Exclude<ScriptedReply, { kind: "error" } | { kind: "delay" }>): Message {
  switch (reply.kind) {
    case "json":
      return { field: "content", text: JSON.stringify(reply.json), finishReason: "stop", stream: reply.stream };
    case "text":
      return { field: "content", text: reply.content, finishReason: reply.finishReason ?? "stop", stream: reply.stream };
    case "refusal":
      return { field: "refusal", text: reply.refusal, finishReason: "stop", stream: reply.stream };
  }
}

/** What a chat reply needs from the request and the server. */
export type ChatContext = {
  res: http.ServerResponse;
  body: Record<string, unknown> | undefined;
  waiter: Waiter;
  streamDefaults: StreamDefaults;
};

/** Answers one chat completion request with a scripted reply. */
export async function replyToChat(ctx: ChatContext, scripted: ScriptedReply): Promise<void> {
  const model = typeof ctx.body?.model === "string" ? ctx.body.model : "test-model";
  switch (scripted.kind) {
    case "error":
      return sendJson(ctx.res, scripted.status, errorBody(scripted.status, scripted.message ?? `HTTP ${scripted.status}`));
    case "delay":
      if (await ctx.waiter.wait(scripted.ms, ctx.res)) await replyToChat(ctx, scripted.then ?? { kind: "json", json: {} });
      return;
    default: {
      const message = messageOf(scripted);
      if (ctx.body?.stream === true) return streamMessage(ctx, model, message);
      const content = message.field === "content" ? { content: message.text, refusal: null } : { content: null, refusal: message.text };
      return sendJson(ctx.res, 200, chatCompletion(model, content, message.finishReason));
    }
  }
}

async function streamMessage(ctx: ChatContext, model: string, message: Message): Promise<void> {
  const { res, waiter } = ctx;
  const chunkSize = message.stream?.chunkSize ?? ctx.streamDefaults.chunkSize;
  const chunkDelayMs = message.stream?.chunkDelayMs ?? ctx.streamDefaults.chunkDelayMs;
  const interrupt = message.stream?.interrupt;
  const options = ctx.body?.stream_options as { include_usage?: boolean } | undefined;
  const includeUsage = options?.include_usage === true;

  const id = completionId();
  const created = Math.floor(Date.now() / 1000);
  // With include_usage, OpenAI sends `usage: null` on every chunk but the last.
  const chunk = (choices: unknown[], extra: Record<string, unknown> = includeUsage ? { usage: null } : {}) =>
    `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, system_fingerprint: "fp_test", choices, ...extra })}\n\n`;
  const choice = (delta: Record<string, unknown>, finishReason: string | null = null) => ({ index: 0, delta, logprobs: null, finish_reason: finishReason });

  startEventStream(res);
  const opening = message.field === "content" ? { role: "assistant", content: "", refusal: null } : { role: "assistant", refusal: "" };
  await writeFlushed(res, chunk([choice(opening)]));

  const pieces = splitIntoChunks(message.text, chunkSize);
  for (const [index, piece] of pieces.entries()) {
    if (interrupt && index >= interrupt.afterChunks) return interruptStream(res, interrupt);
    if (!(await waiter.wait(chunkDelayMs, res))) return;
    await writeFlushed(res, chunk([choice({ [message.field]: piece })]));
  }
  // A scripted interruption always happens: past the last content chunk, it cuts before `finish_reason`.
  if (interrupt) return interruptStream(res, interrupt);
  if (res.destroyed) return;

  await writeFlushed(res, chunk([choice({}, message.finishReason)]));
  if (includeUsage) await writeFlushed(res, chunk([], { usage: usage(message.text) }));
  res.end("data: [DONE]\n\n");
}

async function interruptStream(res: http.ServerResponse, interrupt: NonNullable<StreamScript["interrupt"]>): Promise<void> {
  if (interrupt.how === "error_event") {
    const error = errorBody(500, interrupt.message ?? "The server had an error while processing your request.");
    res.end(`data: ${JSON.stringify(error)}\n\n`);
    return;
  }
  // No `[DONE]` and no terminating chunk of the chunked encoding: the client sees the body end abnormally.
  res.destroy();
}
