/**
 * The candidate practice loop on the server: start a session and finish it (answering lives in answer-service.ts).
 * Every call takes the request context first and only ever touches the signed-in user's rows. The summary is computed
 * here from what was stored, never taken from the client.
 */
import "server-only";
import { completePracticeSession, createPracticeSession, listPracticeAnswers } from "@/db/queries/practice";
import { getProfile } from "@/db/queries/profiles";
import type { PracticeSession } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { consumeAllowance, requireAllowanceLeft } from "@/lib/billing/entitlements";
import type { UserContext } from "@/lib/context/request-context";
import { screenJobDescription } from "@/lib/practice/feedback/screening";
import { loadOwnSession, ownerOf } from "./access";
import { sessionExpiresAt, SESSION_TIME_LIMIT_MS } from "./limits";
import { answerFeedbackSchema, answerScoresSchema, parseStored } from "./records";
import { summaryHasScores } from "./summary-scores";
import type { StartSessionInput } from "./schemas";
import { summariseSession, type SummaryInput } from "./summary";
import { type PracticeSessionView, questionsOf, toSessionView } from "./views";

const LIMIT_MINUTES = SESSION_TIME_LIMIT_MS / 60_000;

/**
 * Starts a session: chooses the questions from the saved profile and the job description, and stores them with the
 * engine and bank version that produced them. Throws 422 for a job description that moderation flags (AI configured
 * only). The route charges the daily rate limit before this runs; the plan's monthly allowance is checked before the
 * questions are chosen (402 when spent) and spent in the transaction that stores the session, so a failure costs none.
 */
export async function startSession(ctx: UserContext, request: StartSessionInput): Promise<PracticeSessionView> {
  const userId = ownerOf(ctx);
  await requireAllowanceLeft(ctx, "practice_sessions");
  const profile = await getProfile(ctx.db, userId);
  const jobDescription = request.jobDescription?.trim() || null;
  if (jobDescription) await screenJobDescription(ctx.services.ai, jobDescription, ctx.signal);
  const batch = await ctx.services.questionSource.select(
    {
      type: request.type,
      count: request.count,
      profile: { cvText: profile?.cvText, targetRole: profile?.targetRole, goals: profile?.goals },
      jobDescription,
    },
    ctx.signal,
  );
  if (batch.questions.length !== request.count) {
    throw new Error(`question source "${batch.engine}" returned ${batch.questions.length} of ${request.count} questions`);
  }
  const startedAt = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    await consumeAllowance(ctx, "practice_sessions", { db: tx });
    return createPracticeSession(tx, userId, {
      interviewType: request.type,
      jobDescription,
      questions: batch.questions.map((q, i) => ({
        position: i + 1,
        id: q.id,
        text: q.text,
        kind: q.kind,
        competencies: [...q.competencies],
        reason: q.reason,
      })),
      questionEngine: batch.engine,
      bankVersion: batch.bankVersion,
      startedAt,
      expiresAt: sessionExpiresAt(startedAt),
      followUps: request.followUps ?? true,
    });
  });
  return toSessionView(row);
}

/** Throws 409 when the session can no longer take answers: finished, or past its time limit. */
export function assertAcceptsAnswers(session: PracticeSession, now: Date): void {
  if (session.status !== "in_progress") {
    throw new AppError("conflict", "This session is finished, so it cannot take more answers. Start a new session to keep practising.");
  }
  const expiresAt = session.expiresAt ?? sessionExpiresAt(session.startedAt);
  if (now.getTime() > expiresAt.getTime()) {
    throw new AppError(
      "conflict",
      `This session reached its ${LIMIT_MINUTES}-minute limit, so it cannot take more answers. Finish it to see your summary.`,
    );
  }
}

/**
 * Finishes the session: computes the summary from the stored answers (see summary.ts for the rules) and marks it
 * completed. Finishing is allowed after the time limit (that is how a timed-out session gets its summary) and is
 * idempotent: a session already finished is returned as it is. 404 for a session that is not the caller's; 409 when
 * no question has been answered.
 */
export async function finishSession(ctx: UserContext, sessionId: string): Promise<PracticeSessionView> {
  const userId = ownerOf(ctx);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const session = await loadOwnSession(ctx, sessionId, { lock: true, db: tx });
    if (session.status !== "in_progress") return session;
    const questions = new Map(questionsOf(session).map((q) => [q.position, q]));
    const inputs: SummaryInput[] = [];
    for (const answer of await listPracticeAnswers(tx, userId, sessionId)) {
      const scores = parseStored(answerScoresSchema, answer.scores);
      const feedback = parseStored(answerFeedbackSchema, answer.feedback);
      if (!scores || !feedback) continue;
      const { strengths, improvements } = feedback;
      const competencies = questions.get(answer.position)?.competencies ?? [];
      inputs.push({ position: answer.position, scores, strengths, improvements, competencies, insufficientEvidence: Boolean(feedback.insufficientEvidence) });
    }
    if (inputs.length === 0) {
      throw new AppError("conflict", "Answer at least one question before finishing, or discard the session.");
    }
    const summary = summariseSession(inputs, session.questionCount);
    const completed = await completePracticeSession(tx, userId, sessionId, {
      summary,
      // Nothing could be scored: the session has no score, rather than a 0 the history would show as one.
      overallScore: summaryHasScores(summary) ? summary.overallScore : null,
      completedAt: now,
    });
    if (!completed) throw new Error("practice session vanished under its row lock");
    return completed;
  });
  return toSessionView(row);
}
