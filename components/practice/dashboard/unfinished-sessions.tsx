import Link from "next/link";
import type { UnfinishedSessionItem } from "@/lib/practice/session";
import { formatSessionDate, interviewTypeLabel } from "./format";

/**
 * Sessions the candidate left without saving or discarding: in progress (resume answering) or finished (save or
 * discard). Shown only when there are some; they disappear on their own once the cleanup removes them.
 */
export function UnfinishedSessions({ sessions, now }: { sessions: UnfinishedSessionItem[]; now: Date }) {
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="unfinished-heading" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4 sm:p-6">
      <h2 id="unfinished-heading" className="text-lg font-semibold">
        Unfinished sessions
      </h2>
      <p className="text-sm text-slate-700">
        Not saved yet. Unsaved sessions are deleted automatically once 75 minutes have passed since they started.
      </p>
      <ul className="divide-y divide-amber-200" data-testid="unfinished-sessions">
        {sessions.map((session) => {
          const open = session.status === "in_progress" && session.expiresAt.getTime() > now.getTime();
          const action = open ? "Resume" : "Review, save or discard";
          return (
            <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{interviewTypeLabel(session.interviewType)}</span>{" "}
                <span className="text-sm text-slate-600">
                  {formatSessionDate(session.startedAt)}, {session.questionCount} questions
                </span>
              </span>
              <Link
                href={`/practice/sessions/${encodeURIComponent(session.id)}`}
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
                aria-label={`${action}: ${interviewTypeLabel(session.interviewType)} session from ${formatSessionDate(session.startedAt)}`}
                data-testid="unfinished-session-item"
              >
                {action}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
