/**
 * The candidate practice loop on the server: start a session and finish it (answering lives in answer-service.ts).
 * Every call takes the signed-in user's id and only ever touches that user's rows. The summary is computed here from
 * what was stored, never taken from the client.
 */
import { runInTransaction } from "@/db/client";
import { completePracticeSession, createPracticeSession, listPracticeAnswers } from "@/db/queries/practice";
import { getProfile } from "@/db/queries/profiles";
import type { PracticeSession } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { parseInput } from "@/lib/api/validation";
import { getRateLimiter, RATE_LIMIT_RULES } from "@/lib/ratelimit/rate-limiter";
import { screenJobDescription } from "@/lib/practice/feedback/screening";
import { type PracticeOptions, loadOwnSession, practiceAiClient } from "./access";
import { chargeUserAllowance } from "./allowance";
import { sessionExpiresAt, SESSION_TIME_LIMIT_MS } from "./limits";
import { getQuestionSource } from "./question-source";
import { answerFeedbackSchema, answerScoresSchema, parseStored } from "./records";
import { startSessionInputSchema } from "./schemas";
import { summariseSession, type SummaryInput } from "./summary";
import { type PracticeSessionView, questionsOf, toSessionView } from "./views";

const LIMIT_MINUTES = SESSION_TIME_LIMIT_MS / 60_000;

/**
 * Starts a session: charges the user's daily allowance (10 sessions), chooses the questions from the saved profile
 * and the job description, and stores them with the engine and bank version that produced them.
 * Throws 422 on invalid input or a job description that moderation flags (AI configured only), 429 past the allowance.
 */
export async function startSession(
  userId: string,
  input: unknown,
  options: PracticeOptions = {},
): Promise<PracticeSessionView> {
  const request = parseInput(startSessionInputSchema, input);
  await chargeUserAllowance(options.limiter ?? getRateLimiter(), userId, RATE_LIMIT_RULES.sessionsPerUser, "new sessions a day");
  const profile = await getProfile(userId);
  const jobDescription = request.jobDescription?.trim() || null;
  if (jobDescription) await screenJobDescription(practiceAiClient(options), jobDescription, options.signal);
  const source = options.questionSource ?? getQuestionSource(practiceAiClient(options));
  const batch = await source.select(
    {
      type: request.type,
      count: request.count,
      profile: { cvText: profile?.cvText, targetRole: profile?.targetRole, goals: profile?.goals },
      jobDescription,
    },
    options.signal,
  );
  if (batch.questions.length !== request.count) {
    throw new Error(`question source "${batch.engine}" returned ${batch.questions.length} of ${request.count} questions`);
  }
  const startedAt = options.now ?? new Date();
  const row = await createPracticeSession(userId, {
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
export async function finishSession(
  userId: string,
  sessionId: string,
  options: PracticeOptions = {},
): Promise<PracticeSessionView> {
  const now = options.now ?? new Date();
  const row = await runInTransaction(async (tx) => {
    const session = await loadOwnSession(userId, sessionId, { lock: true }, tx);
    if (session.status !== "in_progress") return session;
    const questions = new Map(questionsOf(session).map((q) => [q.position, q]));
    const inputs: SummaryInput[] = [];
    for (const answer of await listPracticeAnswers(userId, sessionId, tx)) {
      const scores = parseStored(answerScoresSchema, answer.scores);
      const feedback = parseStored(answerFeedbackSchema, answer.feedback);
      if (!scores || !feedback) continue;
      const { strengths, improvements } = feedback;
      const competencies = questions.get(answer.position)?.competencies ?? [];
      inputs.push({ position: answer.position, scores, strengths, improvements, competencies });
    }
    if (inputs.length === 0) {
      throw new AppError("conflict", "Answer at least one question before finishing, or discard the session.");
    }
    const summary = summariseSession(inputs, session.questionCount);
    const completed = await completePracticeSession(
      userId,
      sessionId,
      { summary, overallScore: summary.overallScore, completedAt: now },
      tx,
    );
    if (!completed) throw new Error("practice session vanished under its row lock");
    return completed;
  });
  return toSessionView(row);
}
