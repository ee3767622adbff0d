/**
 * Answering a follow-up: the follow-up answer is checked like any answer (delivery metrics recomputed), then scored
 * together with the original answer as one story, by the AI when configured (the rubric when it fails) or by the
 * rubric offline. The pair's scores and feedback replace the answer's; the feedback's first point says whether the
 * follow-up answer closed the gap it was asked about, quoting it.
 */
import "server-only";
import { getProfile } from "@/db/queries/profiles";
import { AppError } from "@/lib/api/app-error";
import type { UserContext } from "@/lib/context/request-context";
import { produceFeedback } from "@/lib/practice/feedback/feedback-engine";
import { closedGap, combineAnswers, followUpFeedbackItem, withFollowUpItem } from "@/lib/practice/follow-up/combine";
import type { FollowUpRecord } from "@/lib/practice/follow-up/record";
import { COMPETENCY_LABELS, type Competency } from "@/lib/practice/questions";
import { verifiedDeliveryMetrics } from "./answer-service";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { ownerOf } from "./access";
import { buildRubricFeedback } from "./feedback";
import { assertFollowUpOpen, loadFollowUpScene, writeFollowUpStep } from "./follow-up-service";
import { answerFeedbackSchema, answerScoresSchema, parseStored } from "./records";
import type { ParsedAnswerRequest } from "./schemas";
import { type PracticeAnswerView, toAnswerView } from "./views";

/** What answering a follow-up returns: the answer with the pair's scores, and who scored it. */
export type FollowUpAnswerResult = { answer: PracticeAnswerView; engine: "ai" | "rubric"; notice?: string };

/**
 * Scores and stores the answer to the waiting follow-up of the answer at `position`. 422 for forged delivery metrics
 * or (AI) an answer moderation flags, which is not stored; 404 / 422 / 409 as `loadFollowUpScene`; 409 when there is
 * no follow-up waiting, or it changed while the answer was scored.
 */
export async function answerFollowUp(
  ctx: UserContext,
  sessionId: string,
  position: unknown,
  request: ParsedAnswerRequest,
): Promise<FollowUpAnswerResult> {
  const delivery = verifiedDeliveryMetrics(request);
  const scene = await loadFollowUpScene(ctx, sessionId, position);
  const followUp = assertFollowUpOpen(scene.followUp);
  const { question, row } = scene;
  const text = request.answer.trim();
  const combined = combineAnswers(row.answerText ?? "", text);
  const profile = await getProfile(ctx.db, ownerOf(ctx));
  const star = scoreStarAnswer(combined, question.text);
  const primary = question.competencies[0];
  const skill = (primary && COMPETENCY_LABELS[primary as Competency]) || "this skill";
  const rubric = buildRubricFeedback({ answer: combined, question, star, competencyLabel: skill, targetRole: profile?.targetRole ?? null });
  const outcome = await produceFeedback(ctx.services.ai, {
    question: question.text,
    skill,
    answer: combined,
    profile: profile ? { targetRole: profile.targetRole, goals: profile.goals, cvText: profile.cvText } : null,
    rubric,
    signal: ctx.signal,
  });
  if (outcome.kind === "flagged") {
    throw new AppError("unprocessable", outcome.message, { fields: { answer: [outcome.message] } });
  }

  // Judged by the rubric on the pair, whoever wrote the feedback: the same gap test that chose the follow-up.
  const closed = closedGap(followUp.target, star);
  const feedback = withFollowUpItem(outcome.feedback, followUpFeedbackItem(followUp.target, closed, text));
  const originalScores = parseStored(answerScoresSchema, row.scores);
  const originalFeedback = parseStored(answerFeedbackSchema, row.feedback);
  const answered: FollowUpRecord = {
    ...followUp,
    status: "answered",
    answer: { text, mode: request.mode, deliveryMetrics: { ...delivery }, answeredAt: ctx.now().toISOString() },
    original: originalScores && originalFeedback ? { scores: originalScores, overall: originalFeedback.star.overall } : null,
    closed,
  };
  const written = await writeFollowUpStep(ctx, scene, followUp.id, { followUp: answered, scores: outcome.scores, feedback });
  if (!written) throw new AppError("conflict", "This follow-up changed while your answer was scored. Reload the page to see it.");
  return { answer: toAnswerView(written), engine: outcome.engine, ...(outcome.notice ? { notice: outcome.notice } : {}) };
}
