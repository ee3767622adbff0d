import type { CandidateReview } from "@/lib/assessments/review/review-service";
import { formatDeadline, STATE_BADGES } from "@/components/assessments/candidates/candidate-labels";
import { DECISION_LABELS } from "./review-labels";

const TIER_CLASSES = { none: "bg-emerald-100 text-emerald-900", some: "bg-amber-100 text-amber-900", major: "bg-red-100 text-red-900" } as const;

/** The candidate at a glance: state, the attempt reviewed, earlier (reset) attempts, the integrity tier with its caveat, the decision. */
export function ReviewSummary({ review }: { review: CandidateReview }) {
  const badge = STATE_BADGES[review.invite.state];
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <p>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${badge.className}`}>{badge.label}</span>
        {review.attempt?.submittedAt ? <span className="ml-2 text-slate-600">Submitted {formatDeadline(review.attempt.submittedAt)}</span> : null}
        {review.decision ? <span className="ml-2 font-medium">Decision: {DECISION_LABELS[review.decision.decision]}</span> : null}
      </p>
      {review.supersededAttempts.length ? (
        <div>
          <p className="font-medium">Earlier attempts (reset by a manager, not reviewed here)</p>
          <ul className="list-inside list-disc text-slate-700">
            {review.supersededAttempts.map((attempt) => (
              <li key={attempt.id}>
                Started {formatDeadline(attempt.startedAt)}, reset {formatDeadline(attempt.supersededAt)}, {attempt.answerCount} answer{attempt.answerCount === 1 ? "" : "s"}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {review.integrity ? (
        <div className="rounded-md bg-slate-50 p-3">
          <p>
            Integrity: <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${TIER_CLASSES[review.integrity.tier]}`}>{review.integrity.label}</span>
            {review.integrity.lowConfidence ? <span className="ml-2 text-slate-600">Some camera signals: low confidence</span> : null}
          </p>
          <p className="mt-1 font-medium">{review.integrity.statement}</p>
        </div>
      ) : null}
    </div>
  );
}
