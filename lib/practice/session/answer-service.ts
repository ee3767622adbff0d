/**
 * Answering one question of a session, in two halves: `prepareAnswer` runs every check before any feedback is
 * produced (so a stream never opens for a refused answer), and `storeAnswer` stores the answer with its feedback.
 * Scores are computed here from what was sent, never taken from the client; the delivery metrics the client sends are
 * recomputed and refused when they differ. `answerQuestion` is both halves with the feedback in between (JSON mode).
 */
import "server-only";
import { upsertPracticeAnswerWhileOpen } from "@/db/queries/practice";
import { getProfile } from "@/db/queries/profiles";
import type { AiClient, ModerationVerdict } from "@/lib/ai/openai-client";
import { AppError } from "@/lib/api/app-error";
import { type FeedbackRequest, produceFeedback } from "@/lib/practice/feedback/feedback-engine";
import { COMPETENCY_LABELS, type Competency } from "@/lib/practice/questions";
import type { DeliveryMetrics } from "@/lib/scoring/delivery-config";
import { computeDeliveryMetrics, deliveryMetricsMatch } from "@/lib/scoring/delivery-metrics";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import type { UserContext } from "@/lib/context/request-context";
import { loadOwnSession, ownerOf } from "./access";
import { buildRubricFeedback, type RubricFeedback } from "./feedback";
import { SESSION_TIME_LIMIT_MS } from "./limits";
import type { StoredPresence, StoredQuestion } from "./records";
import type { ParsedAnswerRequest } from "./schemas";
import { assertAcceptsAnswers } from "./session-service";
import { type PracticeAnswerView, questionAt, toAnswerView } from "./views";

/** An answer that passed every check, with the rubric's feedback ready: what the completion step needs. */
export type PreparedAnswer = {
  ctx: UserContext;
  sessionId: string;
  now: Date;
  question: StoredQuestion;
  /** The answer text, trimmed. */
  answer: string;
  mode: ParsedAnswerRequest["mode"];
  delivery: DeliveryMetrics;
  presence: StoredPresence;
  /** The question's primary competency in plain words. */
  competencyLabel: string;
  /** What the AI model answer is tailored to; never the candidate's name, email or id. */
  profile: { targetRole: string | null; goals: string | null; cvText: string | null } | null;
  /** The offline engine's feedback: stored as is offline, and the fallback when the AI fails. */
  rubric: RubricFeedback;
  /** The answer's moderation verdict, requested while the checks ran (AI only). */
  moderation: Promise<ModerationVerdict> | null;
};

/**
 * The server's own delivery metrics for an answer (or a follow-up's), refusing with 422 when the ones the browser sent
 * differ. The transcript behind them is the answer text as sent, so the client's computation repeats exactly.
 */
export function verifiedDeliveryMetrics(request: ParsedAnswerRequest): DeliveryMetrics {
  const delivery = computeDeliveryMetrics({
    transcript: request.answer,
    durationMs: request.durationMs,
    mode: request.mode,
    segments: request.segments,
  });
  if (!deliveryMetricsMatch(request.deliveryMetrics, delivery)) {
    throw new AppError("unprocessable", "The delivery metrics do not match the answer (forged metrics).", {
      fields: { deliveryMetrics: ["These metrics do not match the answer's transcript and timing."] },
    });
  }
  return delivery;
}

/**
 * The first half of answering: every check, in order, before any feedback is produced (and before a stream opens).
 *
 * The route has already validated the input (422) and charged the hourly allowance (60 answers; a call refused here
 * is charged too, so forgeries cannot be tried for free). 422 when the delivery metrics do not match the server's
 * recomputation; 404 for a session that is not the caller's; 422 for a position the session does not have; 409 when
 * the session is finished or past its limit.
 */
export async function prepareAnswer(
  ctx: UserContext,
  sessionId: string,
  position: unknown,
  request: ParsedAnswerRequest,
): Promise<PreparedAnswer> {
  const now = ctx.now();

  const delivery = verifiedDeliveryMetrics(request);

  const answer = request.answer.trim();
  // Screening starts now, while the session and profile load: it is the first thing the AI path waits for, and it
  // needs only the text. If a later check refuses the answer, the call is cancelled and its verdict never read.
  const screening = startScreening(ctx.services.ai, answer, ctx.signal);
  try {
    // One scoped transaction for both reads: one round of principal set-up instead of two.
    const [session, profile] = await ctx.db.transaction((tx) =>
      Promise.all([loadOwnSession(ctx, sessionId, { db: tx }), getProfile(tx, ownerOf(ctx))]),
    );
    const question = questionAt(session, position);
    assertAcceptsAnswers(session, now);
    return completePreparation({ ctx, sessionId, now, request, answer, question, profile, delivery, moderation: screening?.verdict ?? null });
  } catch (error) {
    screening?.cancel();
    throw error;
  }
}

/** Moderation of the answer, started early; null offline. Its rejection is handled where it is awaited. */
function startScreening(ai: AiClient | null, answer: string, signal?: AbortSignal) {
  if (!ai) return null;
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const verdict = ai.moderate([answer], { signal: controller.signal });
  // Marks the rejection as handled until the feedback engine awaits it (or nobody does, when a check refuses).
  verdict.catch(() => undefined).finally(() => signal?.removeEventListener("abort", onAbort));
  return { verdict, cancel: () => controller.abort() };
}

function completePreparation(input: {
  ctx: UserContext;
  sessionId: string;
  now: Date;
  request: ParsedAnswerRequest;
  answer: string;
  question: StoredQuestion;
  profile: Awaited<ReturnType<typeof getProfile>>;
  delivery: DeliveryMetrics;
  moderation: Promise<ModerationVerdict> | null;
}): PreparedAnswer {
  const { ctx, sessionId, now, request, answer, question, profile, delivery } = input;
  const primary = question.competencies[0];
  const competencyLabel = (primary && COMPETENCY_LABELS[primary as Competency]) || "this skill";
  const rubric = buildRubricFeedback({
    answer,
    question,
    star: scoreStarAnswer(answer, question.text),
    competencyLabel,
    targetRole: profile?.targetRole ?? null,
  });
  return {
    ctx,
    sessionId,
    now,
    question,
    answer,
    mode: request.mode,
    delivery: { ...delivery },
    presence: { camera: request.presence ?? null, tabSwitches: request.tabSwitches, windowBlurs: request.windowBlurs },
    competencyLabel,
    profile: profile ? { targetRole: profile.targetRole, goals: profile.goals, cvText: profile.cvText } : null,
    rubric,
    moderation: input.moderation,
  };
}

/**
 * The second half: stores the prepared answer with its feedback, replacing any earlier answer to the question.
 * 409 when the session was finished, discarded or timed out while the feedback was produced.
 */
export async function storeAnswer(prepared: PreparedAnswer, scored: RubricFeedback): Promise<PracticeAnswerView> {
  const { ctx, sessionId, now, question } = prepared;
  const userId = ownerOf(ctx);
  // Guarded by the session's state in the same statement: it may have been finished, discarded or timed out while
  // the answer was scored.
  const row = await upsertPracticeAnswerWhileOpen(
    ctx.db,
    userId,
    sessionId,
    {
      position: question.position,
      question: question.text,
      answerText: prepared.answer,
      mode: prepared.mode,
      feedback: scored.feedback,
      scores: scored.scores,
      deliveryMetrics: { ...prepared.delivery },
      presenceMetrics: prepared.presence,
    },
    { now, fallbackLimitMs: SESSION_TIME_LIMIT_MS },
  );
  if (row) return toAnswerView(row);
  // Nothing stored: say why, with the same errors the checks before feedback give (404, then 409).
  assertAcceptsAnswers(await loadOwnSession(ctx, sessionId), now);
  throw new AppError("conflict", "This session is finished, so it cannot take more answers. Start a new session to keep practising.");
}

/** The feedback request for a prepared answer (the fields the engine and its prompts need, nothing else). */
export function feedbackRequestFor(prepared: PreparedAnswer): Omit<FeedbackRequest, "signal" | "sink"> {
  return {
    question: prepared.question.text,
    skill: prepared.competencyLabel,
    answer: prepared.answer,
    profile: prepared.profile,
    rubric: prepared.rubric,
    moderation: prepared.moderation,
  };
}

/**
 * Scores and stores the answer to one question (1-based `position`), replacing any earlier answer to it: the checks
 * of `prepareAnswer` (same order, same statuses), then feedback by the AI engine when configured (the rubric's when
 * it fails) or the rubric offline, then `storeAnswer`. With AI, an answer moderation flags is refused with 422 and
 * not stored. The streaming route uses `streamAnswerFeedback` (lib/practice/feedback) instead.
 */
export async function answerQuestion(
  ctx: UserContext,
  sessionId: string,
  position: unknown,
  request: ParsedAnswerRequest,
): Promise<PracticeAnswerView> {
  const prepared = await prepareAnswer(ctx, sessionId, position, request);
  const outcome = await produceFeedback(ctx.services.ai, { ...feedbackRequestFor(prepared), signal: ctx.signal });
  if (outcome.kind === "flagged") {
    throw new AppError("unprocessable", outcome.message, { fields: { answer: [outcome.message] } });
  }
  return storeAnswer(prepared, outcome);
}
