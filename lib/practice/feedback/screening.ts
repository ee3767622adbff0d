/**
 * Screening what the candidate pastes before it reaches a model. Answers are screened inside the feedback engine;
 * this covers the job description given when a session starts.
 */
import "server-only";
import { type AiClient, AiUnavailableError } from "@/lib/ai/openai-client";
import { AppError } from "@/lib/api/app-error";
import { log } from "@/lib/observability/logger";
import { FLAGGED_JOB_DESCRIPTION_MESSAGE } from "./messages";

/**
 * With AI configured, screens a pasted job description with moderation: flagged → 422 on `jobDescription`. When the
 * moderation endpoint itself fails the session still starts (logged): the job description only steers the questions.
 */
export async function screenJobDescription(ai: AiClient | null, jobDescription: string, signal?: AbortSignal): Promise<void> {
  if (!ai) return;
  let flagged = false;
  try {
    const verdict = await ai.moderate([jobDescription], { signal: signal });
    flagged = verdict.flagged;
    if (flagged) log.info("practice.job_description.flagged", { categories: verdict.categories });
  } catch (error) {
    if (signal?.aborted) throw error;
    log.warn("practice.job_description.moderation_failed", { reason: error instanceof AiUnavailableError ? error.reason : "internal_error" });
  }
  if (flagged) {
    throw new AppError("unprocessable", FLAGGED_JOB_DESCRIPTION_MESSAGE, { fields: { jobDescription: [FLAGGED_JOB_DESCRIPTION_MESSAGE] } });
  }
}
