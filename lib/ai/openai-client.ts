/**
 * The OpenAI adapter. Only lib/ai imports the `openai` SDK (built in openai-sdk.ts).
 *
 * Its surface is three calls: `completeStructured` (a system prompt and a user prompt in, JSON validated by a zod
 * schema out), `streamText` (the same prompts in, text deltas out as the model writes them) and `moderate` (texts in,
 * flagged or not). They take prompt texts only, so no user id, email or name can reach the provider through them, and
 * they never set the request's `user` field. Every failure becomes an `AiUnavailableError` with a reason, so callers
 * can fall back to the offline engines without knowing the SDK's error classes.
 */
import "server-only";
import type OpenAI from "openai";
import type { z } from "zod";
import { adapters, env } from "@/lib/env";
import { AiUnavailableError } from "./ai-errors";
import { createOpenAISdk } from "./openai-sdk";
import { promptMessages, startDeadline, streamChatText } from "./openai-stream";
import { toStrictJsonSchema } from "./strict-json-schema";

export { AiUnavailableError, type AiUnavailableReason } from "./ai-errors";

/** Scoring runs while the candidate waits: a slow model is worse than the rubric's instant answer. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Enough for the STAR judgement of a long answer; a reply cut at this length is reported as invalid output. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 2_000;
/** The moderation model: free, and it covers every category the app screens for. */
export const MODERATION_MODEL = "omni-moderation-latest";

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

/** One streamed text completion request. */
export type TextStreamRequest = {
  system: string;
  user: string;
  /** The caller's cancellation; its reason is rethrown as is. */
  signal?: AbortSignal;
  /** Deadline for the whole stream, last delta included. Defaults to twice the client's timeout. */
  timeoutMs?: number;
  maxOutputTokens?: number;
};

/** What the moderation endpoint said about a batch of texts: flagged when any one of them is. */
export type ModerationVerdict = { flagged: boolean; categories: string[] };

/** The AI client the app uses; tests and engines depend on this type, not on the SDK. */
export type AiClient = {
  /** The model every call uses, for logs and stored metadata. */
  readonly model: string;
  /** Asks for JSON matching `schema`; resolves with the validated value or throws `AiUnavailableError`. */
  completeStructured<T>(request: StructuredRequest<T>): Promise<T>;
  /**
   * Streams a plain-text reply as deltas. Iterating throws `AiUnavailableError` on any failure, including a stream
   * that breaks off or ends without the model finishing; leaving the loop early cancels the request.
   */
  streamText(request: TextStreamRequest): AsyncIterable<string>;
  /** Screens texts with `omni-moderation-latest`; throws `AiUnavailableError` when the endpoint fails. */
  moderate(texts: string[], options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<ModerationVerdict>;
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

    const deadline = startDeadline(timeoutMs, signal);
    try {
      const completion = await sdk.chat.completions.create(
        {
          model: options.model,
          messages: promptMessages(request),
          response_format: { type: "json_schema", json_schema: { name: request.schemaName, strict: true, schema: jsonSchema } },
          max_completion_tokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
          // Candidates' answers are not kept for the provider's dashboards or evals.
          store: false,
        },
        { signal: deadline.signal, timeout: timeoutMs, maxRetries },
      );
      return readReply(completion, request.schema);
    } catch (error) {
      throw deadline.settle(error);
    } finally {
      deadline.dispose();
    }
  }

  function streamText(request: TextStreamRequest): AsyncIterable<string> {
    // A stream runs longer than a JSON reply: the default deadline covers the last delta, not the first byte.
    const timeoutMs = Math.max(1, Math.ceil(request.timeoutMs ?? defaultTimeout * 2));
    const maxOutputTokens = request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    return streamChatText(sdk, { model: options.model, timeoutMs, maxOutputTokens }, request);
  }

  async function moderate(texts: string[], call: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<ModerationVerdict> {
    const input = texts.filter((text) => text.trim().length > 0);
    if (input.length === 0) return { flagged: false, categories: [] };
    call.signal?.throwIfAborted();
    const timeoutMs = Math.max(1, Math.ceil(call.timeoutMs ?? defaultTimeout));
    const deadline = startDeadline(timeoutMs, call.signal);
    try {
      const response = await sdk.moderations.create(
        { model: MODERATION_MODEL, input },
        { signal: deadline.signal, timeout: timeoutMs, maxRetries },
      );
      const results = response.results ?? [];
      if (results.length !== input.length) throw new AiUnavailableError("invalid_output", "The moderation reply did not cover every input.");
      const categories = new Set<string>();
      for (const result of results) {
        for (const [name, hit] of Object.entries(result.categories ?? {})) if (hit === true) categories.add(name);
      }
      return { flagged: results.some((result) => result.flagged === true), categories: [...categories].sort() };
    } catch (error) {
      throw deadline.settle(error);
    } finally {
      deadline.dispose();
    }
  }

  return { model: options.model, completeStructured, streamText, moderate };
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
