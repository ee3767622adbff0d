/**
 * Submitting an attempt: explicit, once. Marks the attempt and the invite submitted and stores the integrity summary
 * (totals and per-question counts) on the attempt, so it outlives the event timeline. After it every write is a 409.
 */
import "server-only";
import { listAttemptAnswers, listProctoringEvents, markAttemptSubmitted } from "@/db/queries/candidate-attempts";
import { listLinkQuestions, setInviteProgress } from "@/db/queries/candidate-links";
import { AppError } from "@/lib/api/app-error";
import type { CandidateContext } from "@/lib/context/request-context";
import { ALREADY_SUBMITTED, loadLink, requireOwnAttempt } from "./access";
import { auditCandidateMilestone } from "./audit";
import { integrityLog } from "./integrity";

export async function submitCandidateAttempt(ctx: CandidateContext, deviceSecret: string | null): Promise<{ submittedAt: string }> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const link = await loadLink(ctx, { db: tx });
    const attempt = await requireOwnAttempt(ctx, link, deviceSecret, { db: tx, lock: true, inProgress: true });
    const [questions, events] = await Promise.all([listLinkQuestions(tx, link.assessment.id), listProctoringEvents(tx, attempt.id)]);
    const log = integrityLog(
      questions.map((q) => q.position),
      events,
    );
    const summary = { totals: log.totals, perQuestion: log.perQuestion.map(({ position, counts }) => ({ position, counts })) };
    const submitted = await markAttemptSubmitted(tx, attempt.id, { submittedAt: now, integrity: summary });
    if (!submitted) throw new AppError("conflict", ALREADY_SUBMITTED);
    await setInviteProgress(tx, link.invite.id, "submitted", now);
    const answered = await listAttemptAnswers(tx, attempt.id);
    await auditCandidateMilestone(ctx, tx, link, "submitted", { attemptId: attempt.id, answered: answered.length, questions: questions.length });
    return { submittedAt: now.toISOString() };
  });
}
