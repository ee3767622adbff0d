/**
 * A local OpenAI-compatible server, so tests run the real `openai` SDK over real HTTP and can inspect every request.
 *
 * Implements `POST /v1/chat/completions` with OpenAI-shaped replies (id, object, created, model, choices, usage).
 * Each test scripts what the "model" does: answer with JSON or raw text, refuse, fail with an HTTP error, or stall.
 * Scripted replies are used in order; when none is queued the default reply answers (an HTTP 500 until a test sets
 * one, so an unscripted call is loud). Other paths answer 404 in OpenAI's error shape.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

/** What the server does with one request. */
export type ScriptedReply =
  /** A 200 whose message content is `JSON.stringify(json)`. */
  | { kind: "json"; json: unknown }
  /** A 200 whose message content is this exact text (e.g. not JSON at all). */
  | { kind: "text"; content: string; finishReason?: "stop" | "length" | "content_filter" }
  /** A 200 with `message.refusal` set and `content: null`, as structured outputs refuse. */
  | { kind: "refusal"; refusal: string }
  /** An HTTP error with OpenAI's `{ error: { message, type, code } }` body. */
  | { kind: "error"; status: number; message?: string }
  /** Waits `ms` before replying with `then` (a 200 with `{}` when unset); the wait ends early if the client leaves. */
  | { kind: "delay"; ms: number; then?: ScriptedReply };

/** One request as the server received it. */
export type RecordedRequest = {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (undefined when the body was not JSON). */
  body: Record<string, unknown> | undefined;
  rawBody: string;
};

/** What `startOpenAIServer` returns. */
export type OpenAIServer = {
  /** Pass as the SDK's `baseURL`: `http://127.0.0.1:<port>/v1`. */
  baseURL: string;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  /** Queues a reply for the next chat completion request (replies are used first in, first out). */
  setNextResponse: (reply: ScriptedReply) => void;
  /** The reply used when the queue is empty. */
  setDefaultResponse: (reply: ScriptedReply) => void;
  /** Clears the queue, the recorded requests and the default reply between tests. */
  reset: () => void;
  close: () => Promise<void>;
};

const UNSCRIPTED: ScriptedReply = { kind: "error", status: 500, message: "No scripted response for this request." };

function errorType(status: number): string {
  if (status === 401) return "invalid_request_error";
  if (status === 429) return "rate_limit_error";
  return status >= 500 ? "server_error" : "invalid_request_error";
}

/** An OpenAI chat completion with one choice. */
export function chatCompletion(model: string, message: { content: string | null; refusal: string | null }, finishReason = "stop") {
  const completionTokens = Math.ceil((message.content ?? message.refusal ?? "").length / 4);
  return {
    id: `chatcmpl-test${Math.random().toString(36).slice(2, 12)}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", ...message }, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 100, completion_tokens: completionTokens, total_tokens: 100 + completionTokens },
    system_fingerprint: "fp_test",
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), "x-request-id": "req_test" });
  res.end(text);
}

/** Starts the server on 127.0.0.1 with a random free port. */
export async function startOpenAIServer(): Promise<OpenAIServer> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedReply[] = [];
  let fallback: ScriptedReply = UNSCRIPTED;
  const timers = new Set<NodeJS.Timeout>();

  function reply(res: http.ServerResponse, scripted: ScriptedReply, model: string): void {
    switch (scripted.kind) {
      case "json":
        return send(res, 200, chatCompletion(model, { content: JSON.stringify(scripted.json), refusal: null }));
      case "text":
        return send(res, 200, chatCompletion(model, { content: scripted.content, refusal: null }, scripted.finishReason));
      case "refusal":
        return send(res, 200, chatCompletion(model, { content: null, refusal: scripted.refusal }));
      case "error":
        return send(res, scripted.status, {
          error: { message: scripted.message ?? `HTTP ${scripted.status}`, type: errorType(scripted.status), param: null, code: null },
        });
      case "delay": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          reply(res, scripted.then ?? { kind: "json", json: {} }, model);
        }, scripted.ms);
        timers.add(timer);
        // The SDK aborts on its timeout; stop waiting so close() is not held up by a stalled reply.
        res.on("close", () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      let body: Record<string, unknown> | undefined;
      try {
        body = rawBody ? (JSON.parse(rawBody) as Record<string, unknown>) : undefined;
      } catch {
        body = undefined;
      }
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
      requests.push({ method: req.method ?? "GET", path, headers: req.headers, body, rawBody });
      if (req.method !== "POST" || path !== "/v1/chat/completions") {
        return send(res, 404, { error: { message: `Unknown path ${path}`, type: "invalid_request_error", param: null, code: null } });
      }
      const model = typeof body?.model === "string" ? body.model : "test-model";
      reply(res, queue.shift() ?? fallback, model);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setNextResponse: (r) => void queue.push(r),
    setDefaultResponse: (r) => {
      fallback = r;
    },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      fallback = UNSCRIPTED;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
