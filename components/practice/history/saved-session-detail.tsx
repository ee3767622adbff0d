import Link from "next/link";
import { SessionSummaryCard } from "@/components/practice/feedback/session-summary-card";
import { formatSessionDate, interviewTypeLabel, toDate } from "@/components/practice/dashboard/format";
import type { SessionDetailJson } from "@/lib/practice/client/session-json";
import type { SessionDetail } from "@/lib/practice/session";
import { DeleteSessionButton } from "./delete-session-button";
import { SavedAnswer } from "./saved-answer";

export type SavedSessionDetailProps = {
  /** A saved session in full; straight from `getSessionDetail` (Dates) or after JSON (ISO strings). */
  detail: SessionDetail | SessionDetailJson;
};

/**
 * A saved session, read back: when and what it was, its summary, then every question, collapsed to a line with its
 * score and opening onto the answer given and the feedback it got (unanswered questions are marked), and a way to
 * delete it. Renders the page's h1, so the page that uses it should not add another.
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

      <section aria-labelledby="answers-heading" className="space-y-3">
        <h2 id="answers-heading" className="text-lg font-semibold">
          Questions and answers
        </h2>
        <p className="text-sm text-slate-600">Open a question to read your answer and its feedback.</p>
        <ol className="space-y-3">
          {detail.items.map((item) => (
            <li key={item.question.position}>
              <SavedAnswer item={item} count={detail.items.length} group={`answers-${detail.id}`} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="delete-session-heading" className="space-y-3 rounded-lg border border-red-200 bg-white p-4 sm:p-6">
        <h2 id="delete-session-heading" className="text-lg font-semibold">
          Delete this session
        </h2>
        <DeleteSessionButton sessionId={detail.id} />
      </section>
    </article>
  );
}
