/**
 * Streamed text completions over the SDK, and the two helpers every call in openai-client.ts shares: mapping SDK
 * failures to `AiUnavailableError`, and a deadline that covers the whole call (the SDK's own timeout stops at the
 * response headers, which for a stream is before the first word).
 */
import "server-only";
import type OpenAI from "openai";
import { APIConnectionTimeoutError, APIError } from "openai";
import { AiUnavailableError } from "./ai-errors";

/** Maps an SDK failure to a reason. Messages name the status, never the prompt. */
export function toUnavailable(error: unknown): AiUnavailableError {
  if (error instanceof AiUnavailableError) return error;
  if (error instanceof APIConnectionTimeoutError) return new AiUnavailableError("timeout", "The model timed out.", { cause: error });
  if (error instanceof APIError && error.status !== undefined) {
    return new AiUnavailableError("provider_error", `The provider answered ${error.status}.`, { status: error.status, cause: error });
  }
  return new AiUnavailableError("provider_error", "The provider could not be reached.", { cause: error });
}

/** A deadline over one call, linked to the caller's signal. `settle` maps whatever the call threw. */
export type Deadline = {
  signal: AbortSignal;
  /** The error to throw for `error`: the caller's abort reason, a timeout, or the mapped SDK failure. */
  settle(error: unknown): unknown;
  dispose(): void;
};

/** Starts a deadline of `timeoutMs`; an abort of `callerSignal` aborts the call with the caller's reason. */
export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    settle(error) {
      if (timedOut) return new AiUnavailableError("timeout", `The model did not answer within ${timeoutMs} ms.`, { cause: error });
      if (callerSignal?.aborted) return callerSignal.reason;
      return toUnavailable(error);
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
      // Ends the HTTP request when the consumer left the stream early; a no-op once the call has finished.
      controller.abort();
    },
  };
}

/** The two messages every call sends: our instructions, then the candidate's material. */
export function promptMessages(request: { system: string; user: string }): OpenAI.Chat.Completions.ChatCompletionMessageParam[] {
  return [
    { role: "system", content: request.system },
    { role: "user", content: request.user },
  ];
}

/** What `streamChatText` needs besides the prompts. */
export type StreamSettings = { model: string; timeoutMs: number; maxOutputTokens: number };

/**
 * Yields the reply's text deltas. A stream that breaks off (connection dropped, an error event) or ends without a
 * `finish_reason` throws; so do refusals, a content filter and a reply cut at the token limit.
 */
export async function* streamChatText(
  sdk: OpenAI,
  settings: StreamSettings,
  request: { system: string; user: string; signal?: AbortSignal },
): AsyncGenerator<string, void, undefined> {
  request.signal?.throwIfAborted();
  const deadline = startDeadline(settings.timeoutMs, request.signal);
  try {
    const stream = await sdk.chat.completions.create(
      {
        model: settings.model,
        messages: promptMessages(request),
        stream: true,
        max_completion_tokens: settings.maxOutputTokens,
        // Candidates' answers are not kept for the provider's dashboards or evals.
        store: false,
      },
      { signal: deadline.signal, timeout: settings.timeoutMs, maxRetries: 0 },
    );
    let finishReason: string | null = null;
    for await (const chunk of stream) {
      const choice = chunk.choices?.[0];
      if (!choice) continue;
      if (choice.delta?.refusal) throw new AiUnavailableError("refused", "The model refused.");
      const text = choice.delta?.content;
      if (text) yield text;
      if (choice.finish_reason) finishReason = choice.finish_reason;
    }
    if (finishReason === null) throw new AiUnavailableError("provider_error", "The stream ended before the model finished.");
    if (finishReason === "content_filter") throw new AiUnavailableError("refused", "The reply was filtered.");
    if (finishReason === "length") throw new AiUnavailableError("invalid_output", "The reply was cut off.");
  } catch (error) {
    throw deadline.settle(error);
  } finally {
    deadline.dispose();
  }
}
