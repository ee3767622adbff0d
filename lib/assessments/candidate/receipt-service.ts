/**
 * The candidate's receipt after submitting: the integrity log the reviewers see (counts and times per question), the
 * date their data will be deleted, and their own answers. No scores: the candidate never receives an evaluation.
 */
import "server-only";
import { listAttemptAnswers, listProctoringEvents } from "@/db/queries/candidate-attempts";
import { listLinkQuestions } from "@/db/queries/candidate-links";
import { AppError } from "@/lib/api/app-error";
import type { CandidateContext } from "@/lib/context/request-context";
import { loadLink, requireOwnAttempt } from "./access";
import { type IntegrityLog, integrityLog } from "./integrity";

const DAY_MS = 24 * 60 * 60 * 1000;

export type CandidateReceipt = {
  submittedAt: string;
  integrity: IntegrityLog;
  /** submittedAt + the organisation's retention period. */
  retentionUntil: string;
  answers: { position: number; question: string; answerText: string; mode: "typed" | "voice"; durationMs: number | null }[];
};

/** This browser's receipt: 409 before the attempt is submitted (or from another browser). */
export async function getCandidateReceipt(ctx: CandidateContext, deviceSecret: string | null): Promise<CandidateReceipt> {
  return ctx.db.transaction(async (tx) => {
    const link = await loadLink(ctx, { db: tx });
    const attempt = await requireOwnAttempt(ctx, link, deviceSecret, { db: tx });
    if (attempt.status !== "submitted" || !attempt.submittedAt) {
      throw new AppError("conflict", "Your receipt is ready once you submit the assessment.");
    }
    const [questions, answers, events] = await Promise.all([
      listLinkQuestions(tx, link.assessment.id),
      listAttemptAnswers(tx, attempt.id),
      listProctoringEvents(tx, attempt.id),
    ]);
    const textAt = new Map(questions.map((q) => [q.position, q.text]));
    return {
      submittedAt: attempt.submittedAt.toISOString(),
      integrity: integrityLog(
        questions.map((q) => q.position),
        events,
      ),
      retentionUntil: new Date(attempt.submittedAt.getTime() + link.organisation.retentionDays * DAY_MS).toISOString(),
      answers: answers.map((a) => ({
        position: a.position,
        question: textAt.get(a.position) ?? "",
        answerText: a.answerText,
        mode: a.mode,
        durationMs: a.durationMs,
      })),
    };
  });
}
