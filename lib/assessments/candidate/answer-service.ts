/**
 * Answering one question of an attempt. Checks first (the link, this browser, still in progress, the question exists
 * and is unanswered, the mode and retakes it allows, its time limit by the server's clock (time-limit.ts), the delivery numbers), then scores outside
 * any transaction (the AI may take seconds), then stores in a transaction that locks the attempt, so an answer never
 * lands after a submit. Answers are final: a second one to the same position is refused. Nothing about the score
 * goes back to the candidate.
 */
import "server-only";
import { hasAnswerAt, insertAnswer, questionStartedAt } from "@/db/queries/candidate-attempts";
import { listLinkQuestions } from "@/db/queries/candidate-links";
import type { AssessmentQuestion } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { CandidateContext } from "@/lib/context/request-context";
import type { DeliveryMetrics } from "@/lib/scoring/delivery-config";
import { computeDeliveryMetrics, deliveryMetricsMatch } from "@/lib/scoring/delivery-metrics";
import { loadLink, requireOwnAttempt } from "./access";
import { evaluateCandidateAnswer } from "./evaluation";
import { ALREADY_ANSWERED } from "./question-start-service";
import { checkTimeLimit, questionAt } from "./time-limit";
import type { ParsedCandidateAnswer } from "./schemas";

function assertAllowed(question: AssessmentQuestion, input: ParsedCandidateAnswer): void {
  if (question.modes !== "both" && question.modes !== input.mode) {
    throw new AppError("unprocessable", `This question takes ${question.modes} answers only.`, { fields: { mode: [`Answer by ${question.modes === "typed" ? "typing" : "voice"}.`] } });
  }
  if (input.retakesUsed > question.retakes) {
    throw new AppError("unprocessable", "More retakes than this question allows.", { fields: { retakesUsed: [`At most ${question.retakes}.`] } });
  }
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
  // The answer's arrival, by the server's clock: scoring below may take seconds that are not the candidate's.
  const arrivedAt = ctx.now();
  const { link, question, startedAt } = await ctx.db.transaction(async (tx) => {
    const link = await loadLink(ctx, { db: tx });
    const attempt = await requireOwnAttempt(ctx, link, deviceSecret, { db: tx, inProgress: true });
    const question = questionAt(await listLinkQuestions(tx, link.assessment.id), position);
    if (await hasAnswerAt(tx, attempt.id, question.position)) throw new AppError("conflict", ALREADY_ANSWERED);
    return { link, question, startedAt: questionStartedAt(attempt, question.position) };
  });
  assertAllowed(question, input);
  const { overran } = checkTimeLimit(question, { startedAt, arrivedAt, reportedMs: input.durationMs });
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
