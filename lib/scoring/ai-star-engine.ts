/**
 * The AI STAR engine: asks a model to judge the answer against the rubric, and falls back to the rubric engine's
 * score whenever the model cannot give a usable judgement in time. The candidate always gets a score.
 *
 * The rubric engine runs first on every call: its sentences are what the model is shown (so indexes line up), its
 * deterministic fields are merged into the AI score, and it is the fallback ready to return.
 */
import { AiUnavailableError } from "@/lib/ai/ai-errors";
import type { AiClient } from "@/lib/ai/openai-client";
import { mergeStarJudgement } from "@/lib/ai/star-merge";
import { buildStarPrompt, STAR_PROMPT_VERSION } from "@/lib/ai/star-prompt";
import { log } from "@/lib/observability/logger";
import type { AiStarEngine, StarEngineInput, StarFallbackReason, StarScoreOutcome } from "./star-engine";
import { scoreStarAnswer } from "./star-rubric";

/** Beyond about ten minutes spoken, an answer is not worth a model call: the rubric already says it is far too long. */
export const MAX_AI_ANSWER_WORDS = 1_500;

/** Options for `createAiStarEngine`. */
export type AiStarEngineOptions = {
  /** Deadline for the model call; the client's default (15 s) when unset. */
  timeoutMs?: number;
  maxWords?: number;
};

/**
 * Creates the AI engine over an `AiClient` (the real SDK adapter, or any object with the same shape).
 *
 * `score` resolves with the AI score (`engine: "ai"`) or, when the model times out, returns invalid or
 * schema-violating output, refuses, or the provider fails, with the rubric's score (`engine: "rubric"`).
 * `scoreWithFallback` returns the same score plus `fallbackReason`. Only the caller's own abort rejects.
 */
export function createAiStarEngine(client: AiClient, options: AiStarEngineOptions = {}): AiStarEngine {
  const maxWords = options.maxWords ?? MAX_AI_ANSWER_WORDS;

  async function scoreWithFallback(input: StarEngineInput): Promise<StarScoreOutcome> {
    const rubric = scoreStarAnswer(input.answer ?? "", input.question);
    if (rubric.sentences.length === 0 || rubric.wordCount === 0) return { score: rubric, fallbackReason: "empty_answer" };
    if (rubric.insufficientEvidence) return { score: rubric, fallbackReason: "insufficient_evidence" };
    if (rubric.wordCount > maxWords) return { score: rubric, fallbackReason: "too_long" };

    const started = Date.now();
    // Only counts and reasons are logged: the answer, the question and the model's words never are.
    const meta = () => ({ model: client.model, promptVersion: STAR_PROMPT_VERSION, sentences: rubric.sentences.length, durationMs: Date.now() - started });
    try {
      const prompt = buildStarPrompt(rubric.sentences, input.question);
      const judgement = await client.completeStructured({ ...prompt, timeoutMs: options.timeoutMs, signal: input.signal });
      const score = mergeStarJudgement(rubric, judgement);
      log.info("ai.star_scored", meta());
      return { score };
    } catch (error) {
      // The caller went away: nobody is waiting for a fallback.
      if (input.signal?.aborted) throw error;
      const reason: StarFallbackReason = error instanceof AiUnavailableError ? error.reason : "internal_error";
      if (reason === "internal_error") log.error("ai.star_fallback", { ...meta(), reason, error });
      else log.warn("ai.star_fallback", { ...meta(), reason, status: (error as AiUnavailableError).status });
      return { score: rubric, fallbackReason: reason };
    }
  }

  return {
    name: "ai",
    scoreWithFallback,
    score: async (input) => (await scoreWithFallback(input)).score,
  };
}
