/**
 * The OpenAI adapter for structured completions. Only lib/ai imports the `openai` SDK (built in openai-sdk.ts).
 *
 * Its surface is one call, `completeStructured`: a system prompt and a user prompt in, JSON validated by a zod schema
 * out. It takes prompt texts only, so no user id, email or name can reach the provider through it, and it never sets
 * the request's `user` field. Every failure becomes an `AiUnavailableError` with a reason, so callers can fall back to
 * the offline engines without knowing the SDK's error classes.
 */
import OpenAI, { APIConnectionTimeoutError, APIError } from "openai";
import type { z } from "zod";
import { adapters, env } from "@/lib/env";
import { AiUnavailableError } from "./ai-errors";
import { createOpenAISdk } from "./openai-sdk";
import { toStrictJsonSchema } from "./strict-json-schema";

export { AiUnavailableError, type AiUnavailableReason } from "./ai-errors";

/** Scoring runs while the candidate waits: a slow model is worse than the rubric's instant answer. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Enough for the STAR judgement of a long answer; a reply cut at this length is reported as invalid output. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 2_000;

/** One structured completion request. */
export type StructuredRequest<T> = {
  system: string;
  user: string;
  /** Validates the parsed reply; its JSON schema (strict-checked) is sent as the response format. */
  schema: z.ZodType<T>;
  /** Names the schema for the provider: letters, digits, `_` and `-`. */
  schemaName: string;
  /** Deadline for the whole call, retries and reading the body included. Defaults to the client's. */
  timeoutMs?: number;
  /** The caller's cancellation (e.g. the request was aborted); its reason is rethrown as is. */
  signal?: AbortSignal;
  maxOutputTokens?: number;
};

/** The AI client the app uses; tests and engines depend on this type, not on the SDK. */
export type AiClient = {
  /** The model every call uses, for logs and stored metadata. */
  readonly model: string;
  /** Asks for JSON matching `schema`; resolves with the validated value or throws `AiUnavailableError`. */
  completeStructured<T>(request: StructuredRequest<T>): Promise<T>;
};

/** Options for `createOpenAIClient`. Nothing here is read from the environment. */
export type OpenAIClientOptions = {
  apiKey: string;
  /** e.g. `http://127.0.0.1:4010/v1` for the test server; the public API when unset. */
  baseURL?: string;
  model: string;
  timeoutMs?: number;
  /** 0 by default: a retry doubles the wait, and the offline fallback is instant. At most 1. */
  maxRetries?: 0 | 1;
};

/** Maps an SDK failure to a reason. Messages name the status, never the prompt. */
function toUnavailable(error: unknown): AiUnavailableError {
  if (error instanceof AiUnavailableError) return error;
  if (error instanceof APIConnectionTimeoutError) return new AiUnavailableError("timeout", "The model timed out.", { cause: error });
  if (error instanceof APIError && error.status !== undefined) {
    return new AiUnavailableError("provider_error", `The provider answered ${error.status}.`, { status: error.status, cause: error });
  }
  return new AiUnavailableError("provider_error", "The provider could not be reached.", { cause: error });
}

/** Parses and validates the reply, mapping each way it can be unusable to a reason. */
function readReply<T>(completion: OpenAI.Chat.Completions.ChatCompletion, schema: z.ZodType<T>): T {
  const choice = completion.choices?.[0];
  if (!choice) throw new AiUnavailableError("invalid_output", "The reply had no choices.");
  if (choice.message?.refusal) throw new AiUnavailableError("refused", "The model refused.");
  if (choice.finish_reason === "content_filter") throw new AiUnavailableError("refused", "The reply was filtered.");
  if (choice.finish_reason === "length") throw new AiUnavailableError("invalid_output", "The reply was cut off.");
  const content = choice.message?.content;
  if (!content) throw new AiUnavailableError("invalid_output", "The reply was empty.");
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new AiUnavailableError("invalid_output", "The reply was not JSON.", { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // Paths only: zod messages do not echo values, but the paths alone say what to fix in the prompt.
    const paths = parsed.error.issues.slice(0, 5).map((i) => i.path.join(".") || "(root)");
    throw new AiUnavailableError("invalid_output", `The reply did not match the schema at ${paths.join(", ")}.`);
  }
  return parsed.data;
}

/**
 * Creates a client over the real SDK.
 *
 * @example createOpenAIClient({ apiKey, baseURL: server.baseURL, model: "gpt-4o-mini", timeoutMs: 500 })
 */
export function createOpenAIClient(options: OpenAIClientOptions): AiClient {
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = Math.min(1, Math.max(0, options.maxRetries ?? 0));
  const sdk = createOpenAISdk({ ...options, timeoutMs: defaultTimeout, maxRetries });

  async function completeStructured<T>(request: StructuredRequest<T>): Promise<T> {
    const timeoutMs = Math.max(1, Math.ceil(request.timeoutMs ?? defaultTimeout));
    const { signal } = request;
    signal?.throwIfAborted();
    const jsonSchema = toStrictJsonSchema(request.schema);

    // The SDK's timeout stops at the response headers and restarts on each retry; this deadline covers the whole call.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onCallerAbort, { once: true });

    try {
      const completion = await sdk.chat.completions.create(
        {
          model: options.model,
          messages: [
            { role: "system", content: request.system },
            { role: "user", content: request.user },
          ],
          response_format: { type: "json_schema", json_schema: { name: request.schemaName, strict: true, schema: jsonSchema } },
          max_completion_tokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
          // Candidates' answers are not kept for the provider's dashboards or evals.
          store: false,
        },
        { signal: controller.signal, timeout: timeoutMs, maxRetries },
      );
      return readReply(completion, request.schema);
    } catch (error) {
      if (timedOut) throw new AiUnavailableError("timeout", `The model did not answer within ${timeoutMs} ms.`, { cause: error });
      if (signal?.aborted) throw signal.reason;
      throw toUnavailable(error);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onCallerAbort);
    }
  }

  return { model: options.model, completeStructured };
}

let cached: AiClient | null | undefined;

/** The app's client, built once from `lib/env`; null when the AI adapter is "offline" (no OPENAI_API_KEY). */
export function getOpenAIClient(): AiClient | null {
  if (cached !== undefined) return cached;
  cached =
    adapters.ai === "openai" && env.OPENAI_API_KEY
      ? createOpenAIClient({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, model: env.OPENAI_MODEL })
      : null;
  return cached;
}
