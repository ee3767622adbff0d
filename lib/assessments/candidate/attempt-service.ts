/**
 * The attempt as its browser sees it: the questions' limits, which are answered, each question's text once it has been
 * shown (its start call gives it first, so no question can be read before its time runs), and the practice question
 * (text only: no endpoint stores a practice answer). Never a score, a model answer or any feedback.
 */
import "server-only";
import { listAttemptAnswers, questionStartedAt } from "@/db/queries/candidate-attempts";
import { listLinkQuestions } from "@/db/queries/candidate-links";
import type { AllowedAnswerModes, AttemptStatus, TimeLimitMode } from "@/db/schema";
import type { CandidateContext } from "@/lib/context/request-context";
import { loadLink, requireOwnAttempt } from "./access";

/** The practice question's text: general, so it gives nothing of the real questions away. */
export const PRACTICE_QUESTION_TEXT =
  "Tell us about something you learned recently, and how you learned it. (A practice question: your answer is not saved or sent.)";

export type CandidateAttemptView = {
  attempt: { status: AttemptStatus; startedAt: string; submittedAt: string | null };
  questions: {
    position: number;
    /** Null until the question has been shown (see question-start-service.ts). */
    text: string | null;
    timeLimitSeconds: number;
    timeLimitMode: TimeLimitMode;
    modes: AllowedAnswerModes;
    retakes: number;
    answered: boolean;
  }[];
  practiceQuestion: { text: string } | null;
  deadlineAt: string;
};

/** This browser's attempt: 409 when it was not started here (or not at all); 404/410 as every link route. */
export async function getCandidateAttempt(ctx: CandidateContext, deviceSecret: string | null): Promise<CandidateAttemptView> {
  return ctx.db.transaction(async (tx) => {
    const link = await loadLink(ctx, { db: tx });
    const attempt = await requireOwnAttempt(ctx, link, deviceSecret, { db: tx });
    const [questions, answers] = await Promise.all([listLinkQuestions(tx, link.assessment.id), listAttemptAnswers(tx, attempt.id)]);
    const answered = new Set(answers.map((a) => a.position));
    return {
      attempt: {
        status: attempt.status,
        startedAt: attempt.startedAt.toISOString(),
        submittedAt: attempt.submittedAt?.toISOString() ?? null,
      },
      questions: questions.map((q) => ({
        position: q.position,
        text: answered.has(q.position) || questionStartedAt(attempt, q.position) ? q.text : null,
        timeLimitSeconds: q.timeLimitSeconds,
        timeLimitMode: q.timeLimitMode,
        modes: q.modes,
        retakes: q.retakes,
        answered: answered.has(q.position),
      })),
      practiceQuestion: link.assessment.practiceQuestion ? { text: PRACTICE_QUESTION_TEXT } : null,
      deadlineAt: link.invite.deadlineAt.toISOString(),
    };
  });
}
