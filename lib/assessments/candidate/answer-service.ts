/**
 * Answering one question of an attempt. Checks first (the link, this browser, still in progress, the question exists
 * and is unanswered, the mode and retakes it allows, its hard time limit, the delivery numbers), then scores outside
 * any transaction (the AI may take seconds), then stores in a transaction that locks the attempt, so an answer never
 * lands after a submit. Answers are final: a second one to the same position is refused. Nothing about the score
 * goes back to the candidate.
 */
import "server-only";
import { hasAnswerAt, insertAnswer } from "@/db/queries/candidate-attempts";
import { listLinkQuestions } from "@/db/queries/candidate-links";
import type { AssessmentQuestion } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { CandidateContext } from "@/lib/context/request-context";
import type { DeliveryMetrics } from "@/lib/scoring/delivery-config";
import { computeDeliveryMetrics, deliveryMetricsMatch } from "@/lib/scoring/delivery-metrics";
import { loadLink, requireOwnAttempt } from "./access";
import { evaluateCandidateAnswer } from "./evaluation";
import type { ParsedCandidateAnswer } from "./schemas";

/** Slack on a hard limit for the moment between the countdown reaching zero and the browser sending the answer. */
export const HARD_LIMIT_GRACE_MS = 5_000;
export const ALREADY_ANSWERED = "This question has already been answered. Answers cannot be changed.";

function questionAt(questions: AssessmentQuestion[], position: string | number): AssessmentQuestion {
  const n = typeof position === "number" ? position : /^\d{1,3}$/.test(position) ? Number(position) : NaN;
  const question = questions.find((q) => q.position === n);
  if (!question) throw new AppError("not_found", "This assessment has no such question.");
  return question;
}

function assertAllowed(question: AssessmentQuestion, input: ParsedCandidateAnswer): { overran: boolean } {
  if (question.modes !== "both" && question.modes !== input.mode) {
    throw new AppError("unprocessable", `This question takes ${question.modes} answers only.`, { fields: { mode: [`Answer by ${question.modes === "typed" ? "typing" : "voice"}.`] } });
  }
  if (input.retakesUsed > question.retakes) {
    throw new AppError("unprocessable", "More retakes than this question allows.", { fields: { retakesUsed: [`At most ${question.retakes}.`] } });
  }
  const limitMs = question.timeLimitSeconds * 1000;
  if (question.timeLimitMode === "hard" && input.durationMs > limitMs + HARD_LIMIT_GRACE_MS) {
    throw new AppError("unprocessable", "This answer ran past the question's time limit, so it cannot be accepted.", {
      fields: { durationMs: [`The limit is ${question.timeLimitSeconds} seconds.`] },
    });
  }
  return { overran: input.durationMs > limitMs };
}

/**
 * The delivery numbers the browser measured, recomputed from the answer text and its timing and refused (422) when
 * they differ, as the practice loop does. Without numbers, the server's own are stored.
 */
export function verifiedCandidateDelivery(input: ParsedCandidateAnswer): DeliveryMetrics {
  const delivery = computeDeliveryMetrics({
    transcript: input.answerText,
    durationMs: input.durationMs,
    mode: input.mode,
    segments: input.delivery?.segments,
  });
  if (input.delivery && !deliveryMetricsMatch(input.delivery.metrics, delivery)) {
    throw new AppError("unprocessable", "The delivery numbers do not match the answer.", {
      fields: { delivery: ["These numbers do not match the answer's text and timing."] },
    });
  }
  return delivery;
}

/** Stores the answer at `position` (the path segment): 201 `{ position }` for the route. */
export async function answerCandidateQuestion(
  ctx: CandidateContext,
  deviceSecret: string | null,
  position: string,
  input: ParsedCandidateAnswer,
): Promise<{ position: number }> {
  const { link, question } = await ctx.db.transaction(async (tx) => {
    const link = await loadLink(ctx, { db: tx });
    const attempt = await requireOwnAttempt(ctx, link, deviceSecret, { db: tx, inProgress: true });
    const question = questionAt(await listLinkQuestions(tx, link.assessment.id), position);
    if (await hasAnswerAt(tx, attempt.id, question.position)) throw new AppError("conflict", ALREADY_ANSWERED);
    return { link, question };
  });
  const { overran } = assertAllowed(question, input);
  const delivery = verifiedCandidateDelivery(input);
  const answer = input.answerText.trim();
  const scored = await evaluateCandidateAnswer(ctx, { question, roleTitle: link.assessment.roleTitle, answer });

  await ctx.db.transaction(async (tx) => {
    // Locked and re-read: a submit (or the deadline) may have come while the answer was scored.
    const current = await loadLink(ctx, { db: tx });
    const locked = await requireOwnAttempt(ctx, current, deviceSecret, { db: tx, lock: true, inProgress: true });
    const row = await insertAnswer(tx, {
      orgId: link.invite.orgId,
      inviteId: link.invite.id,
      attemptId: locked.id,
      questionId: question.id,
      position: question.position,
      answerText: answer,
      mode: input.mode,
      durationMs: input.durationMs,
      overran,
      retakesUsed: input.retakesUsed,
      delivery: { ...delivery },
      ...scored,
    });
    if (!row) throw new AppError("conflict", ALREADY_ANSWERED);
  });
  return { position: question.position };
}
