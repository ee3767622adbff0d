"use client";

import type { AnswerJson } from "@/lib/practice/client/session-json";
import { FollowUpCard } from "./follow-up-card";
import { FollowUpRecordView } from "./follow-up-record";
import { useFollowUp } from "./use-follow-up";

export type FollowUpSectionProps = {
  sessionId: string;
  position: number;
  /** The stored answer the follow-up belongs to. */
  answer: AnswerJson;
  aiAvailable: boolean;
  /** The session's follow-ups option: off, nothing is asked. */
  enabled: boolean;
  /** The session no longer takes answers. */
  closed: boolean;
  /** True right after the answer was given: only then is a follow-up asked for (not when an old answer is shown). */
  askNow: boolean;
  onAnswered: (answer: AnswerJson) => void;
};

/** Below an answer's feedback: the follow-up being asked, waiting for its answer, or read back once answered. */
export function FollowUpSection(props: FollowUpSectionProps) {
  if (!props.enabled) return <FollowUpRecordView followUp={props.answer.followUp} overall={props.answer.feedback?.star.overall ?? null} />;
  return <FollowUpFlow {...props} />;
}

function FollowUpFlow({ sessionId, position, answer, aiAvailable, closed, askNow, onAnswered }: FollowUpSectionProps) {
  const flow = useFollowUp({ sessionId, position, answer, aiAvailable, askNow: askNow && !closed, onAnswered });
  const followUp = answer.followUp;
  return (
    <div className="space-y-3" data-testid="follow-up-section">
      {!followUp && flow.pending ? (
        <p role="status" className="text-sm text-slate-600" data-testid="follow-up-asking">
          The interviewer is considering a follow-up question…
        </p>
      ) : null}
      {followUp?.status === "asked" ? (
        <FollowUpCard sessionId={sessionId} position={position} followUp={followUp} flow={flow} aiAvailable={aiAvailable} closed={closed} />
      ) : (
        <FollowUpRecordView followUp={followUp} overall={answer.feedback?.star.overall ?? null} />
      )}
      {flow.notice ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {flow.notice}
        </p>
      ) : null}
      {flow.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="follow-up-error">
          {flow.error}
        </p>
      ) : null}
    </div>
  );
}
