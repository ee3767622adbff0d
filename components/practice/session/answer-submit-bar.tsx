"use client";

import { AnswerTimer } from "./timers";
import type { AnswerProblem } from "./use-answer-submission";

type AnswerSubmitBarProps = {
  startedAt: number | null;
  stoppedAt: number | null;
  /** Shown when there is a stored answer to go back to. */
  onBackToStored: (() => void) | null;
  streaming: boolean;
  canSubmit: boolean;
  /** The microphone is still on: submitting waits for it to stop. */
  microphoneOn: boolean;
  problem: AnswerProblem | null;
};

/** The answer's timer, its submit button, and why the last submission did not go through. */
export function AnswerSubmitBar({ startedAt, stoppedAt, onBackToStored, streaming, canSubmit, microphoneOn, problem }: AnswerSubmitBarProps) {
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <AnswerTimer startedAt={startedAt} stoppedAt={stoppedAt} />
        <div className="flex flex-wrap gap-2">
          {onBackToStored ? (
            <button type="button" onClick={onBackToStored} disabled={streaming} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
              Back to the stored feedback
            </button>
          ) : null}
          <button
            type="submit"
            disabled={!canSubmit}
            className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
          >
            Submit answer
          </button>
        </div>
      </div>
      {microphoneOn ? <p className="text-xs text-slate-600">Stop the microphone to submit.</p> : null}
      {problem ? (
        <p
          role="alert"
          className={`rounded-md p-3 text-sm ${problem.kind === "flagged" ? "bg-amber-50 text-amber-900" : "bg-red-50 text-red-800"}`}
          data-testid={problem.kind === "flagged" ? "answer-flagged" : "answer-error"}
        >
          {problem.message} {problem.kind === "flagged" ? "Your draft is still here to edit and submit again." : ""}
        </p>
      ) : null}
    </>
  );
}
