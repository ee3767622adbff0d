import Link from "next/link";
import type { SavedSessionListItem } from "@/lib/practice/session";
import type { Jsonified } from "@/lib/practice/stream/events";
import { formatSessionDate, interviewTypeLabel, toDate } from "./format";

type Item = SavedSessionListItem | Jsonified<SavedSessionListItem>;

type Props = {
  /** One page of the saved sessions, newest first. */
  sessions: Item[];
  /** All the candidate's saved sessions, not just this page. */
  savedCount: number;
  /** The next (older) page, or null on the last one. */
  olderHref: string | null;
  /** The first page, when this is an older one. */
  newestHref: string | null;
};

function countLabel(count: number): string {
  return count === 1 ? "1 saved session" : `${count.toLocaleString("en-GB")} saved sessions`;
}

/** The candidate's saved sessions a page at a time, newest first, each linking to its detail page. */
export function SessionHistoryList({ sessions, savedCount, olderHref, newestHref }: Props) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          Your sessions
        </h2>
        {savedCount > 0 ? (
          <p className="text-sm text-slate-600" data-testid="history-count">
            {countLabel(savedCount)}
          </p>
        ) : null}
      </div>
      {savedCount === 0 ? (
        <p className="text-slate-600" data-testid="history-empty">
          No saved sessions yet. Start one above; when you save it at the end, it appears here with its scores.
        </p>
      ) : sessions.length === 0 ? (
        <p className="text-slate-600">No older sessions.</p>
      ) : (
        <ul className="divide-y divide-slate-200" data-testid="session-history">
          {sessions.map((session) => {
            const answered = session.answeredCount ?? null;
            return (
              <li key={session.id}>
                <Link
                  href={`/practice/sessions/${encodeURIComponent(session.id)}`}
                  className="-mx-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-md px-2 py-3 hover:bg-slate-50"
                  data-testid="session-history-item"
                >
                  <span className="min-w-0">
                    <span className="block font-medium text-brand underline-offset-2 hover:underline">
                      {interviewTypeLabel(session.interviewType)}
                      <span className="sr-only"> session,</span>
                    </span>
                    <time dateTime={toDate(session.date).toISOString()} className="block text-sm text-slate-600">
                      {formatSessionDate(session.date)}
                    </time>
                  </span>
                  <span className="flex items-baseline gap-4 text-sm">
                    <span className="text-slate-600">
                      <span className="sr-only">, </span>
                      {answered === null ? `${session.questionCount} questions` : `${answered}/${session.questionCount} answered`}
                    </span>
                    <span className="text-base font-semibold" data-testid="session-overall">
                      <span className="sr-only">, overall score </span>
                      {session.overallScore === null ? "–" : `${session.overallScore}/100`}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {olderHref || newestHref ? (
        <nav aria-label="More sessions" className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-medium">
          {olderHref ? (
            <Link href={olderHref} className="text-brand underline underline-offset-2" data-testid="history-older">
              Show older sessions
            </Link>
          ) : null}
          {newestHref ? (
            <Link href={newestHref} className="text-brand underline underline-offset-2">
              Back to the newest sessions
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
