"use client";

import { useDeviceConsent } from "@/components/privacy/settings-device-consent";
import type { usePresenceTracker } from "@/components/presence/use-presence-tracker";
import type { AnswerJson } from "@/lib/practice/client/session-json";
import { AnswerSubmitBar } from "./answer-submit-bar";
import { DraftAnswerComposer, draftTooLong } from "./draft-answer-composer";
import { FeedbackStreamPanel } from "./feedback-stream-panel";
import { FollowUpSection } from "./follow-up-section";
import { StoredAnswerView } from "./stored-answer-view";
import { useAnswerSubmission } from "./use-answer-submission";
import { useVoiceCapture } from "./use-voice-capture";

type AnswerPanelProps = {
  sessionId: string;
  position: number;
  /** The stored answer for this question, if any: its feedback is shown until the candidate answers again. */
  stored: AnswerJson | null;
  aiAvailable: boolean;
  tracker: ReturnType<typeof usePresenceTracker>;
  /** Past the time limit (or the server said so): no submitting. */
  closed: boolean;
  onAnswered: (answer: AnswerJson) => void;
  onSessionClosed: () => void;
  /** The session's follow-ups option: whether the interviewer may ask one follow-up after a fresh answer. */
  followUps: boolean;
};

/**
 * One question's answer: compose (typed or spoken), submit, watch the feedback stream in, then read it. The state
 * and the submission live in useAnswerSubmission, the microphone in useVoiceCapture.
 */
export function AnswerPanel({ sessionId, position, stored, aiAvailable, tracker, closed, onAnswered, onSessionClosed, followUps }: AnswerPanelProps) {
  const answer = useAnswerSubmission({ sessionId, position, stored, tracker, onAnswered, onSessionClosed });
  const { draft, phase } = answer;
  const voice = useVoiceCapture({ aiAvailable, onStart: answer.startAnswer, onFinal: draft.appendSegment });
  useDeviceConsent("microphone", voice.status === "listening" || voice.status === "recording");

  if (stored && !answer.answering && phase === "compose") {
    return (
      <StoredAnswerView
        answer={stored}
        notice={answer.notice}
        feedbackRef={answer.feedbackRef}
        onAnswerAgain={closed ? null : () => answer.setAnswering(true)}
        followUp={
          <FollowUpSection
            sessionId={sessionId}
            position={position}
            answer={stored}
            aiAvailable={aiAvailable}
            enabled={followUps}
            closed={closed}
            askNow={answer.justAnswered}
            onAnswered={onAnswered}
          />
        }
      />
    );
  }

  const streaming = phase === "streaming";
  const tooLong = draftTooLong(draft);
  return (
    <div className="space-y-4">
      <form
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 sm:space-y-4 sm:p-6"
        aria-busy={streaming}
        onSubmit={(event) => {
          event.preventDefault();
          void answer.submit(voice.stop);
        }}
      >
        {draft.restored ? (
          <p className="text-sm text-slate-600" data-testid="draft-restored">
            We restored the draft you were writing.
          </p>
        ) : null}
        <DraftAnswerComposer position={position} draft={draft} voice={voice} onStart={answer.startAnswer} disabled={streaming} />
        <AnswerSubmitBar
          startedAt={draft.draft.startedAt}
          stoppedAt={answer.stoppedAt}
          onBackToStored={stored ? () => answer.setAnswering(false) : null}
          streaming={streaming}
          canSubmit={!streaming && !closed && !tooLong && voice.status === "idle"}
          microphoneOn={voice.status === "listening" || voice.status === "recording"}
          problem={answer.problem}
        />
      </form>
      {streaming ? <FeedbackStreamPanel stage={answer.stage} modelAnswer={answer.modelAnswer} /> : null}
    </div>
  );
}
