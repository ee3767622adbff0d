import Link from "next/link";
import { AnswerFeedbackCard } from "@/components/practice/feedback/answer-feedback-card";
import { SessionSummaryCard } from "@/components/practice/feedback/session-summary-card";
import { formatSessionDate, interviewTypeLabel, toDate } from "@/components/practice/dashboard/format";
import { FollowUpRecordView } from "@/components/practice/session/follow-up-record";
import type { SessionDetailJson } from "@/lib/practice/client/session-json";
import type { SessionDetail } from "@/lib/practice/session";
import { DeleteSessionButton } from "./delete-session-button";

export type SavedSessionDetailProps = {
  /** A saved session in full; straight from `getSessionDetail` (Dates) or after JSON (ISO strings). */
  detail: SessionDetail | SessionDetailJson;
};

/**
 * A saved session, read back: when and what it was, its summary, then every question with the answer given and the
 * feedback it got (unanswered questions are marked), and a way to delete it. Renders the page's h1, so the page
 * that uses it should not add another.
 */
export function SavedSessionDetail({ detail }: SavedSessionDetailProps) {
  const typeLabel = interviewTypeLabel(detail.interviewType);
  const answeredCount = detail.items.filter((item) => item.answer !== null).length;
  return (
    <article className="space-y-6" aria-labelledby="saved-session-heading" data-testid="saved-session">
      <div className="space-y-2">
        <Link href="/practice" className="text-sm text-brand underline underline-offset-2">
          Back to your sessions
        </Link>
        <h1 id="saved-session-heading" className="text-2xl font-semibold">
          {typeLabel} session
        </h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
          <div className="flex gap-1">
            <dt className="text-slate-500">Date:</dt>
            <dd>
              <time dateTime={toDate(detail.startedAt).toISOString()}>{formatSessionDate(detail.startedAt)}</time>
            </dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-slate-500">Type:</dt>
            <dd>{typeLabel}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-slate-500">Overall score:</dt>
            <dd data-testid="detail-overall-score">{detail.overallScore === null ? "not scored" : `${detail.overallScore}/100`}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-slate-500">Answered:</dt>
            <dd>
              {answeredCount} of {detail.items.length}
            </dd>
          </div>
        </dl>
        {detail.questionEngine === "offline" ? (
          <p className="text-sm text-slate-600" data-testid="question-engine">
            Questions came from the offline question bank (AI was not used to write them).
          </p>
        ) : detail.questionEngine === "ai" ? (
          <p className="text-sm text-slate-600" data-testid="question-engine">
            Questions were written for you by AI.
          </p>
        ) : null}
      </div>

      {detail.summary ? (
        <SessionSummaryCard summary={detail.summary} />
      ) : (
        <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700">The summary of this session could not be read, so it is not shown.</p>
      )}

      <ol className="space-y-6" aria-label="Questions and answers">
        {detail.items.map(({ question, answer }) => (
          <li key={question.position} className="space-y-3" data-testid="saved-question">
            <section aria-labelledby={`question-${question.position}-heading`} className="space-y-3">
              <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
                <h2 id={`question-${question.position}-heading`} className="text-sm font-medium text-slate-500">
                  Question {question.position} of {detail.items.length}
                </h2>
                <p className="mt-1 text-lg">{question.text}</p>
                {answer ? (
                  <div className="mt-4">
                    <p className="text-sm font-medium text-slate-600">
                      Your answer <span className="font-normal">({answer.mode === "voice" ? "spoken" : "typed"})</span>
                    </p>
                    <blockquote className="mt-1 border-l-4 border-slate-200 pl-3 whitespace-pre-wrap text-slate-800" data-testid="saved-answer">
                      {answer.answerText ?? "The text of this answer is not available."}
                    </blockquote>
                  </div>
                ) : (
                  <p className="mt-4 rounded-md bg-slate-100 p-3 text-sm text-slate-700" data-testid="unanswered">
                    Not answered in this session.
                  </p>
                )}
              </div>
              {answer ? <AnswerFeedbackCard answer={answer} headingLevel={3} /> : null}
              {answer ? <FollowUpRecordView followUp={answer.followUp} overall={answer.feedback?.star.overall ?? null} /> : null}
            </section>
          </li>
        ))}
      </ol>

      <section aria-labelledby="delete-session-heading" className="space-y-3 rounded-lg border border-red-200 bg-white p-4 sm:p-6">
        <h2 id="delete-session-heading" className="text-lg font-semibold">
          Delete this session
        </h2>
        <DeleteSessionButton sessionId={detail.id} />
      </section>
    </article>
  );
}
