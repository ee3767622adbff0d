/**
 * Feedback for one answer, by the AI engine when a client is configured and by the rubric otherwise.
 *
 * AI: the answer is screened by moderation first (flagged: no feedback at all). Then the scores with quoted items
 * (a structured completion) and the model answer (a text stream) are requested at the same time, so the candidate
 * reads the model answer as it is written while the scores are computed. Any failure of either (error, timeout, a
 * stream that breaks off, output that does not validate) cancels the other and answers with the rubric's feedback
 * and a notice: the answer is never lost to the model.
 *
 * Rubric: the same stages, the templated model answer sent as a few deltas, no network.
 */
import "server-only";
import { type AiClient, AiUnavailableError, type AiUnavailableReason, type ModerationVerdict } from "@/lib/ai/openai-client";
import { buildFeedbackPrompts, type FeedbackPromptInput } from "@/lib/ai/feedback-prompt";
import { log } from "@/lib/observability/logger";
import type { RubricFeedback } from "@/lib/practice/session/feedback";
import type { AnswerFeedback, AnswerScores } from "@/lib/practice/session/records";
import type { FeedbackEngineName, FeedbackStage } from "@/lib/practice/stream/events";
import { mergeAiFeedback } from "./merge";
import { AI_FALLBACK_NOTICE, FLAGGED_ANSWER_MESSAGE } from "./messages";
import { readModelAnswer } from "./model-answer-text";

/** Where progress goes while feedback is produced; the JSON path passes none. */
export type FeedbackSink = {
  stage(stage: FeedbackStage): void;
  modelAnswer(delta: string): void;
};

/** Why the rubric answered although an AI client was configured. */
export type FeedbackFallbackReason = AiUnavailableReason | "cancelled" | "internal_error";

export type FeedbackOutcome =
  | { kind: "flagged"; message: string }
  | {
      kind: "scored";
      engine: FeedbackEngineName;
      scores: AnswerScores;
      feedback: AnswerFeedback;
      /** Set when the AI was asked but the rubric answered; the candidate reads it as is. */
      notice?: string;
      fallbackReason?: FeedbackFallbackReason;
    };

export type FeedbackRequest = FeedbackPromptInput & {
  /** The rubric's feedback for the same answer: the fallback, and the source of the deterministic fields. */
  rubric: RubricFeedback;
  /** Cancels the AI calls (the client went away). */
  signal?: AbortSignal;
  /** The answer's moderation verdict when it was requested earlier (see prepareAnswer); asked here otherwise. */
  moderation?: Promise<ModerationVerdict> | null;
  sink?: FeedbackSink;
};

const silent: FeedbackSink = { stage: () => undefined, modelAnswer: () => undefined };

/** The templated model answer as a few deltas (one per STAR part) whose concatenation is its text. */
export function templatedDeltas(feedback: AnswerFeedback): string[] {
  const { text, parts } = feedback.modelAnswer;
  const pieces = [parts.situation, parts.task, parts.action, parts.result];
  if (pieces.join(" ") !== text) return [text];
  return pieces.map((piece, i) => (i < pieces.length - 1 ? `${piece} ` : piece));
}

function rubricOutcome(rubric: RubricFeedback, extra: { notice?: string; fallbackReason?: FeedbackFallbackReason } = {}): FeedbackOutcome {
  return { kind: "scored", engine: "rubric", scores: rubric.scores, feedback: rubric.feedback, ...extra };
}

/** The rubric's feedback, streamed through the same stages as the AI's. */
function offlineFeedback(request: FeedbackRequest, sink: FeedbackSink): FeedbackOutcome {
  sink.stage("scoring");
  sink.stage("writing");
  for (const delta of templatedDeltas(request.rubric.feedback)) sink.modelAnswer(delta);
  return rubricOutcome(request.rubric);
}

/** Runs the scoring call and the model-answer stream together; throws the first failure after cancelling the other. */
async function aiFeedback(ai: AiClient, request: FeedbackRequest, sink: FeedbackSink, signal: AbortSignal): Promise<RubricFeedback> {
  const prompts = buildFeedbackPrompts(request);
  const inner = new AbortController();
  const onAbort = () => inner.abort(signal.reason);
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    sink.stage("scoring");
    // The stream's request goes out first (asking for its first delta sends it): its words are what the candidate
    // waits for. The pending step's rejection is read in the loop below.
    const stream = ai.streamText({ ...prompts.modelAnswer, signal: inner.signal })[Symbol.asyncIterator]();
    const firstStep = stream.next();
    firstStep.catch(() => undefined);
    const scoring = ai.completeStructured({ ...prompts.scoring, signal: inner.signal });
    // A failed score stops the stream at once: its text would be thrown away.
    const scored = scoring.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => {
        inner.abort(error);
        return { ok: false as const, error };
      },
    );
    sink.stage("writing");
    let text = "";
    try {
      for (let step = await firstStep; !step.done; step = await stream.next()) {
        text += step.value;
        sink.modelAnswer(step.value);
      }
    } catch (error) {
      // When the scoring failure stopped the stream, that failure is the one to report.
      const score = inner.signal.aborted && !signal.aborted ? await scored : null;
      throw score && !score.ok ? score.error : error;
    }
    const score = await scored;
    if (!score.ok) throw score.error;
    const modelAnswer = readModelAnswer(text);
    if (!modelAnswer) throw new AiUnavailableError("invalid_output", "The model answer did not show the STAR shape.");
    return mergeAiFeedback({ answer: request.answer, rubric: request.rubric, ai: score.value, modelAnswer });
  } finally {
    signal.removeEventListener("abort", onAbort);
    inner.abort();
  }
}

/**
 * Produces the feedback for one answer. Never rejects for a model failure; rejects with the signal's reason only when
 * the caller aborts before moderation has answered (then nothing may be stored: the answer was not screened).
 * After that point, an abort answers with the rubric's feedback so the answer can still be stored.
 */
export async function produceFeedback(ai: AiClient | null, request: FeedbackRequest): Promise<FeedbackOutcome> {
  const sink = request.sink ?? silent;
  const signal = request.signal ?? new AbortController().signal;
  sink.stage("received");
  if (!ai) return offlineFeedback(request, sink);

  let stage: "moderation" | "feedback" = "moderation";
  try {
    sink.stage("moderating");
    const verdict = await (request.moderation ?? ai.moderate([request.answer], { signal }));
    if (verdict.flagged) {
      // Categories only: they say why without repeating the candidate's words.
      log.info("practice.feedback.flagged", { categories: verdict.categories });
      return { kind: "flagged", message: FLAGGED_ANSWER_MESSAGE };
    }
    // The rubric declined the answer (empty, a non-answer, noise, off topic): the model would only invent numbers.
    if (request.rubric.feedback.insufficientEvidence) return offlineFeedback(request, sink);
    stage = "feedback";
    const merged = await aiFeedback(ai, request, sink, signal);
    return { kind: "scored", engine: "ai", scores: merged.scores, feedback: merged.feedback };
  } catch (error) {
    if (signal.aborted) {
      if (stage === "moderation") throw signal.reason;
      log.info("practice.feedback.cancelled", { model: ai.model });
      return rubricOutcome(request.rubric, { fallbackReason: "cancelled" });
    }
    const reason: FeedbackFallbackReason = error instanceof AiUnavailableError ? error.reason : "internal_error";
    const fields = { stage, reason, model: ai.model, status: error instanceof AiUnavailableError ? error.status : undefined };
    if (reason === "internal_error") log.error("practice.feedback.failed", { ...fields, error: error instanceof Error ? error.name : "unknown" });
    else log.warn("practice.feedback.ai_fallback", fields);
    return rubricOutcome(request.rubric, { notice: AI_FALLBACK_NOTICE, fallbackReason: reason });
  }
}
