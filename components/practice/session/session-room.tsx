"use client";

import { CameraPanel } from "@/components/presence/camera-panel";
import { CapturePolicyGuard } from "@/components/security/capture-policy-guard";
import { useDeviceConsent } from "@/components/privacy/settings-device-consent";
import { usePresenceTracker } from "@/components/presence/use-presence-tracker";
import type { SessionDetailJson } from "@/lib/practice/client/session-json";
import { AnswerPanel } from "./answer-panel";
import { QuestionCard } from "./question-card";
import { QuestionNav } from "./question-nav";
import { SessionClosedNotice, SessionFooter } from "./session-footer";
import { useNow } from "./timers";
import { useSessionRoom } from "./use-session-room";

export type SessionRoomProps = {
  session: SessionDetailJson;
  /** Whether OpenAI is configured: decides the read-aloud voice and whether recorded voice can be transcribed. */
  aiAvailable: boolean;
  /** The face-detection model's URL, or null when it is not installed (the camera panel then says so). */
  modelUrl: string | null;
};

/**
 * The answering room for a session in progress: one question at a time, answers typed or spoken, feedback streamed,
 * then Finish, which asks the server for the summary and re-renders the page in its completed state.
 */
export function SessionRoom({ session, aiAvailable, modelUrl }: SessionRoomProps) {
  const tracker = usePresenceTracker(modelUrl);
  useDeviceConsent("camera", tracker.status === "on");
  const now = useNow(1000);
  const room = useSessionRoom(session, now);
  const { question, position, closed } = room;

  if (!question) {
    return <p className="text-slate-700">This session has no questions. Discard it and start a new one.</p>;
  }

  // On a phone the column stacks as question, answer, camera, then the way on; on a wide screen the camera sits in
  // its own column beside the question.
  return (
    <div className="grid gap-4 lg:grid-cols-[2fr_1fr] lg:gap-6">
      <CapturePolicyGuard />
      <div className="min-w-0 space-y-3 sm:space-y-4 lg:col-start-1">
        <QuestionNav questions={room.questions} position={position} answers={room.answers} onGo={room.go} expiresAt={session.expiresAt} now={now} />
        <QuestionCard
          key={`q-${position}`}
          sessionId={session.id}
          question={question}
          questionCount={room.questions.length}
          offlineQuestions={session.questionEngine === "offline"}
          aiAvailable={aiAvailable}
        />
        {closed ? (
          <SessionClosedNotice sessionId={session.id} answeredCount={room.answeredCount} onFinish={room.finish} finishing={room.finishing} />
        ) : null}
        <AnswerPanel
          key={position}
          sessionId={session.id}
          position={position}
          stored={room.answers[position] ?? null}
          aiAvailable={aiAvailable}
          tracker={tracker}
          closed={closed}
          onAnswered={room.recordAnswer}
          onSessionClosed={room.markClosed}
          followUps={session.followUps}
        />
      </div>
      <div className="min-w-0 space-y-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">
        <CameraPanel tracker={tracker} />
        {tracker.answering ? (
          <p className="text-sm text-slate-600" data-testid="live-tab-switches">
            Tab switches during this answer: {tracker.counts.tabSwitches}
          </p>
        ) : null}
      </div>
      <div className="min-w-0 lg:col-start-1">
        <SessionFooter
          previous={room.previous}
          next={room.next}
          onGo={room.go}
          currentAnswered={Boolean(room.answers[position])}
          answeredCount={room.answeredCount}
          questionCount={room.questions.length}
          closed={closed}
          onFinish={room.finish}
          finishing={room.finishing}
          error={room.finishError}
        />
      </div>
    </div>
  );
}
