/**
 * The STAR engine interface and the choice between engines. Server-only: choosing the AI engine reads `lib/env`
 * and loads the OpenAI adapter. The browser imports `scoreStarAnswer` from star-rubric.ts directly.
 *
 * Fallback contract: `scoreWithFallback` always resolves with a valid `StarScore` (unless the caller's signal aborts,
 * which rejects with the signal's reason). `score.engine` says who answered. `fallbackReason` is set exactly when the
 * AI engine was asked but the rubric answered, and says why (see `StarFallbackReason`).
 */
import "server-only";
import { type AiClient, getOpenAIClient } from "@/lib/ai/openai-client";
import type { AiUnavailableReason } from "@/lib/ai/ai-errors";
import { createAiStarEngine } from "./ai-star-engine";
import { scoreStarAnswer } from "./star-rubric";
import type { StarScore } from "./star-schema";

/** What every engine scores: the answer and, when known, the question. Nothing about the candidate. */
export type StarEngineInput = {
  answer: string;
  question?: string;
  /** Cancels the model call when the caller goes away (e.g. `request.signal`). */
  signal?: AbortSignal;
};

/** A STAR scoring engine. Both engines resolve with a `StarScore` whose `engine` field names who scored it. */
export type StarEngine = {
  name: "rubric" | "ai";
  score(input: StarEngineInput): Promise<StarScore>;
};

/**
 * Why the AI engine answered with the rubric's score: the model failed (`AiUnavailableReason`: "timeout",
 * "invalid_output", "provider_error", "refused"), the answer was empty ("empty_answer", nothing to judge) or over
 * the word budget sent to the model ("too_long"), the rubric found nothing to judge in it ("insufficient_evidence":
 * unintelligible, a non-answer or off-topic, so no model is asked to invent a score), or a bug in our code ("internal_error", logged as an error).
 */
export type StarFallbackReason = AiUnavailableReason | "empty_answer" | "insufficient_evidence" | "too_long" | "internal_error";

/** A score and, when the AI engine fell back to the rubric, why. */
export type StarScoreOutcome = { score: StarScore; fallbackReason?: StarFallbackReason };

/** The AI engine: `score` never rejects for model failures; `scoreWithFallback` also says why it fell back. */
export type AiStarEngine = StarEngine & {
  name: "ai";
  scoreWithFallback(input: StarEngineInput): Promise<StarScoreOutcome>;
};

/** The deterministic engine: no I/O, the same answer always gets the same score. */
export const rubricStarEngine: StarEngine = {
  name: "rubric",
  score: async ({ answer, question }) => scoreStarAnswer(answer, question),
};

const engines = new WeakMap<AiClient, StarEngine>();

/** The AI engine over `client` (built once per client), or the rubric engine without one. */
export function starEngineFor(client: AiClient | null): StarEngine {
  if (!client) return rubricStarEngine;
  let engine = engines.get(client);
  if (!engine) {
    engine = createAiStarEngine(client);
    engines.set(client, engine);
  }
  return engine;
}

/** The AI engine when `adapters.ai` is "openai" (OPENAI_API_KEY set), else the rubric engine. */
export function getStarEngine(): StarEngine {
  return starEngineFor(getOpenAIClient());
}

const isAiEngine = (engine: StarEngine): engine is AiStarEngine =>
  engine.name === "ai" && typeof (engine as Partial<AiStarEngine>).scoreWithFallback === "function";

/**
 * Scores an answer with `engine` (the configured one by default) and reports any fallback.
 *
 * @example const { score, fallbackReason } = await scoreWithFallback({ answer, question, signal: request.signal });
 */
export async function scoreWithFallback(
  input: StarEngineInput,
  engine: StarEngine = getStarEngine(),
): Promise<StarScoreOutcome> {
  if (isAiEngine(engine)) return engine.scoreWithFallback(input);
  return { score: await engine.score(input) };
}
