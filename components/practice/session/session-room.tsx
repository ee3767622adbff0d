"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { CameraPanel } from "@/components/presence/camera-panel";
import { usePresenceTracker } from "@/components/presence/use-presence-tracker";
import { primaryButton as primary, secondaryButton as secondary } from "@/components/ui/button-styles";
import { apiRequest } from "@/lib/practice/client/api-request";
import { firstOpenPosition, type AnswerJson, type SessionDetailJson } from "@/lib/practice/client/session-json";
import { remainingMs } from "@/lib/practice/client/timer";
import { AnswerPanel } from "./answer-panel";
import { DiscardSessionButton } from "./discard-session-button";
import { QuestionCard } from "./question-card";
import { SessionClock, useNow } from "./timers";

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
  const router = useRouter();
  const tracker = usePresenceTracker(modelUrl);
  const now = useNow(1000);
  const [answers, setAnswers] = useState<Record<number, AnswerJson>>(() =>
    Object.fromEntries(session.items.flatMap((item) => (item.answer ? [[item.question.position, item.answer]] : []))),
  );
  const [position, setPosition] = useState(() => firstOpenPosition(session.items));
  const [serverClosed, setServerClosed] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const questions = session.items.map((item) => item.question);
  const index = Math.max(0, questions.findIndex((q) => q.position === position));
  const question = questions[index];
  const answeredCount = Object.keys(answers).length;
  const closed = serverClosed || (now !== null && remainingMs(session.expiresAt, now) === 0);

  async function finish() {
    setFinishing(true);
    setError(null);
    const result = await apiRequest(`/api/practice/sessions/${encodeURIComponent(session.id)}/finish`, { method: "POST" }, {
      failed: "We could not finish the session. Please try again.",
      offline: "We could not reach the server. Check your connection and try again; your answers are saved.",
    });
    if (!result.ok) {
      setError(result.message);
      setFinishing(false);
      return;
    }
    // The page is a server component that renders by status: refreshing it shows the summary.
    router.refresh();
  }

  function go(to: number) {
    setPosition(to);
    // Keep keyboard and screen-reader users at the new question rather than at the bottom of the old one.
    requestAnimationFrame(() => document.getElementById("question-heading")?.focus());
  }

  if (!question) {
    return <p className="text-slate-700">This session has no questions. Discard it and start a new one.</p>;
  }

  const next = questions[index + 1];
  const previous = questions[index - 1];
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <div className="min-w-0 space-y-4">
        <nav aria-label="Questions" className="flex flex-wrap items-center justify-between gap-3">
          <ol className="flex flex-wrap gap-2">
            {questions.map((q) => (
              <li key={q.position}>
                <button
                  type="button"
                  onClick={() => go(q.position)}
                  aria-current={q.position === position ? "step" : undefined}
                  aria-label={`Question ${q.position}${answers[q.position] ? ", answered" : ""}`}
                  className={`h-9 w-9 rounded-full border text-sm font-medium ${q.position === position ? "border-brand bg-brand text-white" : answers[q.position] ? "border-green-600 bg-green-50 text-green-900" : "border-slate-300 bg-white"}`}
                >
                  {q.position}
                </button>
              </li>
            ))}
          </ol>
          <SessionClock expiresAt={session.expiresAt} now={now} />
        </nav>
        <QuestionCard
          key={`q-${position}`}
          sessionId={session.id}
          question={question}
          questionCount={questions.length}
          offlineQuestions={session.questionEngine === "offline"}
          aiAvailable={aiAvailable}
        />
        {closed ? (
          <div role="alert" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="session-closed">
            <p>This session has reached its 60-minute limit, so it cannot take more answers.</p>
            {answeredCount > 0 ? (
              <button type="button" onClick={finish} disabled={finishing} className={primary}>
                {finishing ? "Finishing…" : "Finish and see summary"}
              </button>
            ) : (
              <>
                <p className="text-sm">No question was answered, so there is no summary to show.</p>
                <DiscardSessionButton sessionId={session.id} onError={setError} />
              </>
            )}
          </div>
        ) : null}
        <AnswerPanel
          key={position}
          sessionId={session.id}
          position={position}
          stored={answers[position] ?? null}
          aiAvailable={aiAvailable}
          tracker={tracker}
          closed={closed}
          onAnswered={(answer) => setAnswers((current) => ({ ...current, [answer.position]: answer }))}
          onSessionClosed={() => setServerClosed(true)}
        />
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
          {previous ? (
            <button type="button" onClick={() => go(previous.position)} className={secondary}>
              Previous question
            </button>
          ) : null}
          {next ? (
            <button type="button" onClick={() => go(next.position)} className={answers[position] ? primary : secondary}>
              Next question
            </button>
          ) : null}
          {!closed ? (
            <button
              type="button"
              onClick={finish}
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
              : `${answeredCount} of ${questions.length} answered. Unanswered questions are left out of the summary.`}
          </p>
        </div>
        {error ? (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <div className="min-w-0 space-y-4">
        <CameraPanel tracker={tracker} />
        {tracker.answering ? (
          <p className="text-sm text-slate-600" data-testid="live-tab-switches">
            Tab switches during this answer: {tracker.counts.tabSwitches}
          </p>
        ) : null}
      </div>
    </div>
  );
}
