/**
 * Asks the model for one follow-up question. Only the question, the answer and the rubric's gaps are sent (see
 * follow-up-prompt.ts). Throws `AiUnavailableError` on any failure, including a reply that probes a gap the rubric
 * did not offer, so the caller falls back to the offline template.
 */
import "server-only";
import { AiUnavailableError, type AiClient } from "./openai-client";
import {
  buildFollowUpPrompts,
  FOLLOW_UP_MAX_OUTPUT_TOKENS,
  FOLLOW_UP_SCHEMA_NAME,
  type FollowUpModelOutput,
  followUpModelOutputSchema,
  type FollowUpPromptInput,
} from "./follow-up-prompt";

/** The candidate waits for this between their feedback and the follow-up; the template is instant. */
export const FOLLOW_UP_TIMEOUT_MS = 8_000;

export async function writeFollowUpWithAi(
  ai: AiClient,
  input: FollowUpPromptInput,
  options: { signal?: AbortSignal } = {},
): Promise<FollowUpModelOutput> {
  const reply = await ai.completeStructured({
    ...buildFollowUpPrompts(input),
    schema: followUpModelOutputSchema,
    schemaName: FOLLOW_UP_SCHEMA_NAME,
    maxOutputTokens: FOLLOW_UP_MAX_OUTPUT_TOKENS,
    timeoutMs: FOLLOW_UP_TIMEOUT_MS,
    signal: options.signal,
  });
  if (!input.gaps.includes(reply.target)) {
    throw new AiUnavailableError("invalid_output", "The follow-up probes a gap the rubric did not find.");
  }
  return reply;
}
