/**
 * Showing a question: the browser calls this as the question first appears, and the server records the time by its
 * own clock, once (a reload keeps the first showing), and only then gives the question's text (the attempt's view
 * withholds it until here), so a question cannot be read before its time starts. A hard time limit is measured from
 * here (see time-limit.ts).
 */
import "server-only";
import { hasAnswerAt, recordQuestionStart } from "@/db/queries/candidate-attempts";
import { listLinkQuestions } from "@/db/queries/candidate-links";
import { AppError } from "@/lib/api/app-error";
import type { CandidateContext } from "@/lib/context/request-context";
import { loadLink, requireOwnAttempt } from "./access";
import { questionAt } from "./time-limit";

export const ALREADY_ANSWERED = "This question has already been answered. Answers cannot be changed.";

export type StartedQuestion = {
  position: number;
  text: string;
  /** The first showing, by the server's clock. */
  startedAt: string;
  /** How long ago that was, so the browser's countdown can follow the server's without comparing clocks. */
  elapsedMs: number;
};

/** 200 with the first showing; 409 when the question is answered or the attempt is not this browser's or is over. */
export async function startCandidateQuestion(ctx: CandidateContext, deviceSecret: string | null, position: string): Promise<StartedQuestion> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const link = await loadLink(ctx, { db: tx });
    const attempt = await requireOwnAttempt(ctx, link, deviceSecret, { db: tx, lock: true, inProgress: true });
    const question = questionAt(await listLinkQuestions(tx, link.assessment.id), position);
    if (await hasAnswerAt(tx, attempt.id, question.position)) throw new AppError("conflict", ALREADY_ANSWERED);
    const startedAt = (await recordQuestionStart(tx, attempt.id, question.position, now)) ?? now;
    return { position: question.position, text: question.text, startedAt: startedAt.toISOString(), elapsedMs: Math.max(0, now.getTime() - startedAt.getTime()) };
  });
}
