"use client";

import { primaryButton, secondaryButton } from "@/components/ui/button-styles";
import type { AttemptQuestion } from "@/lib/assessments/client/candidate-types";
import { ANSWER_MAX_CHARS } from "@/lib/practice/session/limits";
import { StepHeading } from "../step-heading";
import { AnswerInput } from "./answer-input";
import { Countdown } from "./countdown";
import { useQuestionAnswer } from "./use-question-answer";

type Props = {
  token: string;
  attemptId: string;
  question: AttemptQuestion;
  total: number;
  onSaved: (position: number, saved: boolean) => void;
  onShown: (position: number, shownAt: number) => void;
};

/** One question: "Question n of N", its countdown, the answer, retakes and Save. No score or feedback follows. */
export function QuestionPanel({ token, attemptId, question, total, onSaved, onShown }: Props) {
  const answer = useQuestionAnswer({ token, attemptId, question, onSaved, onShown });
  const { draft, voice, status, closed, retakesLeft } = answer;
  const capturing = voice.status !== "idle";
  const empty = !draft || draft.text.trim() === "";
  const tooLong = (draft?.text.length ?? 0) > ANSWER_MAX_CHARS;
  return (
    <section aria-labelledby={`question-${question.position}-heading`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="assessment-question">
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-600">
          Question {question.position} of {total}
        </p>
        <StepHeading id={`question-${question.position}-heading`}>
          <span className="text-xl">{answer.text ?? "Opening the question…"}</span>
        </StepHeading>
      </div>
      {answer.text === null && answer.showFailed ? (
        <p role="alert" className="text-sm text-red-700">
          {answer.showFailed}{" "}
          <button type="button" className={secondaryButton} onClick={() => void answer.retryShow()}>
            Try again
          </button>
        </p>
      ) : null}
      <Countdown status={status} limitSeconds={question.timeLimitSeconds} mode={question.timeLimitMode} />
      {draft ? (
        <AnswerInput
          position={question.position}
          allowed={question.modes}
          mode={draft.mode}
          onModeChange={(mode) => answer.update({ mode })}
          text={draft.text}
          onTextChange={(text) => answer.update({ text })}
          voice={voice}
          disabled={closed || answer.saving}
        />
      ) : null}
      {answer.error ? (
        <p role="alert" className="text-sm text-red-700" data-testid="assessment-save-error">
          {answer.error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => void answer.saveAnswer()} disabled={empty || tooLong || capturing || answer.saving} className={primaryButton}>
          {answer.saving ? "Saving…" : "Save answer"}
        </button>
        {question.retakes > 0 ? (
          <button type="button" onClick={answer.retake} disabled={retakesLeft === 0 || closed || answer.saving || empty} className={secondaryButton}>
            Clear and start again ({retakesLeft} of {question.retakes} left)
          </button>
        ) : null}
        {closed && answer.error ? (
          <button type="button" onClick={answer.skip} className={secondaryButton}>
            Go to the next question
          </button>
        ) : null}
      </div>
      <p className="text-xs text-slate-600">Your answer is kept in this browser until you save it. Once saved it cannot be changed.</p>
    </section>
  );
}
