import type { CandidateInviteView } from "@/lib/assessments/invites/views";
import { CandidateRowActions } from "./candidate-row-actions";
import { formatDeadline, STATE_BADGES } from "./candidate-labels";

export type CandidateInviteListProps = {
  slug: string;
  assessmentId: string;
  candidates: CandidateInviteView[];
  /** Whether the viewer may change invites ("assessments.manage"); the server checks again. */
  canManage: boolean;
};

/** The assessment's candidates, newest first: state, deadline, and the actions a manager may take. */
export function CandidateInviteList({ slug, assessmentId, candidates, canManage }: CandidateInviteListProps) {
  return (
    <section aria-labelledby="candidates-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="candidates-heading" className="text-lg font-semibold">
        Candidates <span className="font-normal text-slate-600">({candidates.length})</span>
      </h2>
      {candidates.length === 0 ? (
        <p className="text-slate-600">Nobody has been invited yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {candidates.map((invite) => {
            const badge = STATE_BADGES[invite.state];
            return (
              <li key={invite.id} className="space-y-2 py-3" data-testid="candidate-invite">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <p className="min-w-0 break-all">
                    <span className="font-medium">{invite.name}</span> <span className="text-sm text-slate-600">{invite.email}</span>
                  </p>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${badge.className}`}>{badge.label}</span>
                </div>
                <p className="text-sm text-slate-600">
                  {invite.state === "expired" ? "Closed" : "Deadline"} {formatDeadline(invite.deadlineAt)}
                  {invite.reminderSentAt ? " · reminder sent" : ""}
                  {invite.wasReset ? " · reset (an earlier attempt is kept)" : ""}
                </p>
                {canManage ? <CandidateRowActions slug={slug} assessmentId={assessmentId} invite={invite} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
