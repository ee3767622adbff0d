"use client";

import type { ReactNode, RefObject } from "react";
import { AnswerFeedbackCard } from "@/components/practice/feedback/answer-feedback-card";
import type { AnswerJson } from "@/lib/practice/client/session-json";

type StoredAnswerViewProps = {
  answer: AnswerJson;
  /** A note from the feedback stream (the AI failed part-way and the rubric answered), shown above the feedback. */
  notice: string | null;
  feedbackRef: RefObject<HTMLDivElement | null>;
  /** Null once the session no longer takes answers. */
  onAnswerAgain: (() => void) | null;
  /** The follow-up question's section, shown between the feedback and "Answer this question again". */
  followUp?: ReactNode;
};

/** A stored answer's feedback, and the way back to answering the question again. */
export function StoredAnswerView({ answer, notice, feedbackRef, onAnswerAgain, followUp }: StoredAnswerViewProps) {
  return (
    <div className="space-y-3">
      {notice ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="feedback-notice">
          {notice}
        </p>
      ) : null}
      <div ref={feedbackRef} tabIndex={-1} className="outline-none">
        <AnswerFeedbackCard answer={answer} />
      </div>
      {followUp}
      {onAnswerAgain ? (
        <button type="button" onClick={onAnswerAgain} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          Answer this question again
        </button>
      ) : null}
    </div>
  );
}
