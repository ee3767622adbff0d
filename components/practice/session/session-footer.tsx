import { primaryButton as primary, secondaryButton as secondary } from "@/components/ui/button-styles";
import type { StoredQuestion } from "@/lib/practice/session/records";
import { DiscardSessionButton } from "./discard-session-button";

type FinishProps = { onFinish: () => void; finishing: boolean };

/** Past the time limit: finish with what was answered, or, with nothing answered, discard. */
export function SessionClosedNotice({ sessionId, answeredCount, onFinish, finishing }: FinishProps & { sessionId: string; answeredCount: number }) {
  return (
    <div role="alert" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="session-closed">
      <p>This session has reached its 60-minute limit, so it cannot take more answers.</p>
      {answeredCount > 0 ? (
        <button type="button" onClick={onFinish} disabled={finishing} className={primary}>
          {finishing ? "Finishing…" : "Finish and see summary"}
        </button>
      ) : (
        <>
          <p className="text-sm">No question was answered, so there is no summary to show.</p>
          <DiscardSessionButton sessionId={sessionId} />
        </>
      )}
    </div>
  );
}

type SessionFooterProps = FinishProps & {
  previous: StoredQuestion | undefined;
  next: StoredQuestion | undefined;
  onGo: (position: number) => void;
  /** The current question has an answer: Next becomes the main action. */
  currentAnswered: boolean;
  answeredCount: number;
  questionCount: number;
  closed: boolean;
  error: string | null;
};

/** Previous / Next / Finish under the answer, with how many are answered and the last Finish failure. */
export function SessionFooter(props: SessionFooterProps) {
  const { previous, next, onGo, currentAnswered, answeredCount, questionCount, closed, onFinish, finishing, error } = props;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        {previous ? (
          <button type="button" onClick={() => onGo(previous.position)} className={secondary}>
            Previous question
          </button>
        ) : null}
        {next ? (
          <button type="button" onClick={() => onGo(next.position)} className={currentAnswered ? primary : secondary}>
            Next question
          </button>
        ) : null}
        {!closed ? (
          <button
            type="button"
            onClick={onFinish}
            disabled={finishing || answeredCount === 0}
            aria-describedby="finish-hint"
            className={next ? secondary : primary}
          >
            {finishing ? "Finishing…" : "Finish session"}
          </button>
        ) : null}
        <p id="finish-hint" className="text-sm text-slate-600">
          {answeredCount === 0
            ? "Answer at least one question to finish."
            : `${answeredCount} of ${questionCount} answered. Unanswered questions are left out of the summary.`}
        </p>
      </div>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}
