/**
 * Scoring one answer with the AI and nothing else: moderation first (a flagged answer is not scored), then the single
 * structured call of score-prompt.ts. No model answer is requested or streamed. Never rejects for a model failure:
 * the caller gets the reason and falls back to the rubric. Rejects with the signal's reason only when the caller
 * aborts before moderation has answered, since an answer that was not screened must not be stored as screened.
 */
import "server-only";
import { log } from "@/lib/observability/logger";
import { type AiClient, AiUnavailableError, type AiUnavailableReason } from "./openai-client";
import { buildScorePrompt, type ScoreModelOutput, type ScorePromptInput } from "./score-prompt";

export type AiScoreFailure = AiUnavailableReason | "cancelled" | "internal_error";

export type AiScoreOutcome = { kind: "flagged" } | { kind: "scored"; output: ScoreModelOutput } | { kind: "failed"; reason: AiScoreFailure };

export async function scoreAnswerWithAi(ai: AiClient, input: ScorePromptInput, signal: AbortSignal): Promise<AiScoreOutcome> {
  let stage: "moderation" | "scoring" = "moderation";
  try {
    const verdict = await ai.moderate([input.answer], { signal });
    if (verdict.flagged) {
      // Categories only: they say why without repeating the candidate's words.
      log.info("assessment.scoring.flagged", { categories: verdict.categories });
      return { kind: "flagged" };
    }
    stage = "scoring";
    return { kind: "scored", output: await ai.completeStructured({ ...buildScorePrompt(input), signal }) };
  } catch (error) {
    if (signal.aborted) {
      if (stage === "moderation") throw signal.reason;
      return { kind: "failed", reason: "cancelled" };
    }
    const reason: AiScoreFailure = error instanceof AiUnavailableError ? error.reason : "internal_error";
    const fields = { stage, reason, model: ai.model, status: error instanceof AiUnavailableError ? error.status : undefined };
    if (reason === "internal_error") log.error("assessment.scoring.failed", { ...fields, error: error instanceof Error ? error.name : "unknown" });
    else log.warn("assessment.scoring.ai_fallback", fields);
    return { kind: "failed", reason };
  }
}
