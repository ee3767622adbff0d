/**
 * A question's time limit by the server's clock: from when the server first showed the question (recorded by the
 * question's start call) to when the answer arrived. The browser's own `durationMs` is a report, not evidence: a
 * client could send any number, so a hard limit is enforced on the server's times alone.
 */
import type { AssessmentQuestion } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";

/** Slack on a hard limit for the moment between the countdown reaching zero and the answer reaching the server. */
export const HARD_LIMIT_GRACE_MS = 5_000;
export const NOT_SHOWN = "Open the question before answering it.";
export const QUESTION_NOT_FOUND = "This assessment has no such question.";

/** The question at `position` (a path segment or a number): 404 when the assessment has none there. */
export function questionAt(questions: AssessmentQuestion[], position: string | number): AssessmentQuestion {
  const n = typeof position === "number" ? position : /^\d{1,3}$/.test(position) ? Number(position) : NaN;
  const question = questions.find((q) => q.position === n);
  if (!question) throw new AppError("not_found", QUESTION_NOT_FOUND);
  return question;
}

type Limits = Pick<AssessmentQuestion, "timeLimitSeconds" | "timeLimitMode">;

/**
 * Whether an answer arriving at `arrivedAt` is within its limit. A hard-limited question must have been shown
 * (409 otherwise: there is no start to measure from) and is refused (422) past its limit plus the grace; a soft one
 * is accepted and flagged `overran` when either clock says it ran over.
 */
export function checkTimeLimit(
  question: Limits,
  times: { startedAt: Date | null; arrivedAt: Date; reportedMs: number },
): { overran: boolean; elapsedMs: number | null } {
  const limitMs = question.timeLimitSeconds * 1000;
  const elapsedMs = times.startedAt ? times.arrivedAt.getTime() - times.startedAt.getTime() : null;
  if (question.timeLimitMode === "hard") {
    if (elapsedMs === null) throw new AppError("conflict", NOT_SHOWN);
    if (elapsedMs > limitMs + HARD_LIMIT_GRACE_MS || times.reportedMs > limitMs + HARD_LIMIT_GRACE_MS) {
      throw new AppError("unprocessable", "This answer ran past the question's time limit, so it cannot be accepted.", {
        fields: { durationMs: [`The limit is ${question.timeLimitSeconds} seconds.`] },
      });
    }
  }
  const overServer = elapsedMs !== null && elapsedMs > limitMs + HARD_LIMIT_GRACE_MS;
  return { overran: times.reportedMs > limitMs || overServer, elapsedMs };
}
