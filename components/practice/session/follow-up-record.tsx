import type { FollowUpRecord } from "@/lib/practice/follow-up/record";
import { FOLLOW_UP_GAP_LABELS } from "@/lib/practice/follow-up/gaps";

type FollowUpRecordViewProps = {
  followUp: FollowUpRecord | null;
  /** The pair's overall STAR score, shown against the original answer's. */
  overall: number | null;
};

/**
 * A follow-up read back: the question, the candidate's answer to it, whether it closed the gap it asked about and
 * how the score moved. Shows nothing for no follow-up, and a line for a skipped one. Server- and client-safe, so the
 * room and the saved session's detail both place it (below an answer's feedback).
 */
export function FollowUpRecordView({ followUp, overall }: FollowUpRecordViewProps) {
  if (!followUp || followUp.status === "asked") return null;
  if (followUp.status === "skipped") {
    return (
      <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700" data-testid="follow-up-skipped">
        You skipped the follow-up question: {followUp.question}
      </p>
    );
  }
  const before = followUp.original?.overall ?? null;
  return (
    <section className="space-y-2 rounded-lg border border-indigo-200 bg-indigo-50/40 p-4 sm:p-6" aria-label="Follow-up question" data-testid="follow-up-record">
      <p className="text-sm font-medium text-slate-600">Follow-up question</p>
      <p className="text-slate-900">{followUp.question}</p>
      <p className="text-sm font-medium text-slate-600">
        Your follow-up answer <span className="font-normal">({followUp.answer?.mode === "voice" ? "spoken" : "typed"})</span>
      </p>
      <blockquote className="border-l-4 border-indigo-200 pl-3 whitespace-pre-wrap text-slate-800" data-testid="follow-up-answer">
        {followUp.answer?.text ?? "The text of this follow-up answer is not available."}
      </blockquote>
      <p className="text-sm text-slate-800" data-testid="follow-up-outcome">
        {followUp.closed ? "It closed the gap it asked about: " : "It did not yet close the gap it asked about: "}
        {FOLLOW_UP_GAP_LABELS[followUp.target]}.
        {before !== null && overall !== null ? ` STAR score with the follow-up: ${overall}/100 (the answer alone: ${before}/100).` : ""}
      </p>
    </section>
  );
}
