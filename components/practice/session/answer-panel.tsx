"use client";

import { useEffect, useRef, useState } from "react";
import { AnswerFeedbackCard } from "@/components/practice/feedback/answer-feedback-card";
import type { usePresenceTracker, AnswerSignals } from "@/components/presence/use-presence-tracker";
import { submitAnswer } from "@/lib/practice/client/feedback-stream";
import type { AnswerJson } from "@/lib/practice/client/session-json";
import { ANSWER_MAX_CHARS, SESSION_TIME_LIMIT_MS } from "@/lib/practice/session/limits";
import { buildAnswerPayload } from "@/lib/practice/session/answer-payload";
import { AnswerComposer } from "./answer-composer";
import { FeedbackStreamPanel, type StreamProgress } from "./feedback-stream-panel";
import { FollowUpSection } from "./follow-up-section";
import { AnswerTimer } from "./timers";
import { useAnswerDraft } from "./use-answer-draft";
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
  /** The session's follow-ups option (issue #11). */
  followUps: boolean;
};

const STARTING: StreamProgress = { progress: null, label: "Sending your answer…" };
const NO_SIGNALS: AnswerSignals = { presence: null, tabSwitches: 0, windowBlurs: 0 };

/** Adds the focus counts of an earlier, failed attempt to this one's; the newest camera aggregate wins. */
function mergeSignals(earlier: AnswerSignals | null, latest: AnswerSignals): AnswerSignals {
  if (!earlier) return latest;
  return {
    presence: latest.presence ?? earlier.presence,
    tabSwitches: earlier.tabSwitches + latest.tabSwitches,
    windowBlurs: earlier.windowBlurs + latest.windowBlurs,
  };
}

/**
 * One question's answer: compose (typed or spoken), submit, watch the feedback stream in, then read it. A failure of
 * any kind (flagged, 4xx, a broken stream, no connection) leaves the draft in place to edit and resubmit.
 */
export function AnswerPanel({ sessionId, position, stored, aiAvailable, tracker, closed, onAnswered, onSessionClosed, followUps }: AnswerPanelProps) {
  const draft = useAnswerDraft(sessionId, position);
  const [answering, setAnswering] = useState(stored === null);
  const [phase, setPhase] = useState<"compose" | "streaming">("compose");
  const [stage, setStage] = useState<StreamProgress>(STARTING);
  const [modelAnswer, setModelAnswer] = useState("");
  const [problem, setProblem] = useState<{ kind: "flagged" | "error"; message: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [stoppedAt, setStoppedAt] = useState<number | null>(null);
  // Set once an answer is stored in this visit: only a fresh answer gets a follow-up question.
  const [justAnswered, setJustAnswered] = useState(false);
  const carriedRef = useRef<AnswerSignals | null>(null);
  const trackingRef = useRef(false);
  const abortRef = useRef<AbortController | null>(null);
  const feedbackRef = useRef<HTMLDivElement | null>(null);
  const { beginAnswer, endAnswer } = tracker;

  /** Presence and focus counting run from the answer's start to its submission. */
  function beginTracking() {
    if (trackingRef.current) return;
    trackingRef.current = true;
    beginAnswer();
  }

  function startAnswer(): number {
    beginTracking();
    return draft.markStarted();
  }

  const voice = useVoiceCapture({ aiAvailable, onStart: startAnswer, onFinal: draft.appendSegment });

  // A restored draft was already under way: resume its counting, and its Speak/Type choice.
  useEffect(() => {
    if (draft.restored && draft.current.current.startedAt !== null) beginTracking();
    // Only the restore matters here; beginTracking reads refs and a stable callback.
  }, [draft.restored]);

  useEffect(
    () => () => {
      abortRef.current?.abort();
      if (trackingRef.current) endAnswer();
    },
    [endAnswer],
  );

  async function submit() {
    const current = draft.current.current;
    if (!/[\p{L}\p{N}]/u.test(current.text)) {
      setProblem({ kind: "error", message: "Write or record an answer before submitting." });
      return;
    }
    voice.stop();
    draft.flush();
    const now = Date.now();
    const signals = mergeSignals(carriedRef.current, trackingRef.current ? endAnswer() : NO_SIGNALS);
    trackingRef.current = false;
    // Dictated answers are timed by their speech (start to the end of the last segment), so minutes spent editing
    // the transcript afterwards do not dilute the pace; typed answers by the wall clock.
    const voiced = current.segments.length > 0;
    const durationMs = voiced
      ? Math.max(...current.segments.map((s) => s.endMs))
      : current.startedAt === null
        ? 0
        : now - current.startedAt;
    const payload = buildAnswerPayload({
      answer: current.text,
      mode: voiced ? "voice" : "typed",
      durationMs: Math.min(Math.max(0, durationMs), SESSION_TIME_LIMIT_MS),
      segments: voiced ? current.segments : undefined,
      presence: signals.presence,
      tabSwitches: signals.tabSwitches,
      windowBlurs: signals.windowBlurs,
    });

    setStoppedAt(now);
    setProblem(null);
    setNotice(null);
    setModelAnswer("");
    setStage(STARTING);
    setPhase("streaming");
    const controller = new AbortController();
    abortRef.current = controller;
    let outcome;
    try {
      outcome = await submitAnswer({
        sessionId,
        position,
        payload,
        signal: controller.signal,
        onStage: (s) => setStage({ progress: s.progress, label: s.label }),
        onModelAnswerDelta: (delta) => setModelAnswer((text) => text + delta),
      });
    } catch {
      return; // Aborted: the panel is gone.
    }
    setPhase("compose");
    if (outcome.kind === "result") {
      carriedRef.current = null;
      draft.clear();
      setNotice(outcome.notice);
      setAnswering(false);
      setStoppedAt(null);
      setJustAnswered(true);
      onAnswered(outcome.answer);
      requestAnimationFrame(() => feedbackRef.current?.focus());
      return;
    }
    // Not stored: keep what was counted so far and keep counting while they edit.
    carriedRef.current = signals;
    setStoppedAt(null);
    beginTracking();
    setProblem({ kind: outcome.kind, message: outcome.message });
    if (outcome.kind === "error" && outcome.status === 409) onSessionClosed();
  }

  if (stored && !answering && phase === "compose") {
    return (
      <div className="space-y-3">
        {notice ? (
          <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="feedback-notice">
            {notice}
          </p>
        ) : null}
        <div ref={feedbackRef} tabIndex={-1} className="outline-none">
          <AnswerFeedbackCard answer={stored} />
        </div>
        <FollowUpSection
          sessionId={sessionId}
          position={position}
          answer={stored}
          aiAvailable={aiAvailable}
          enabled={followUps}
          closed={closed}
          askNow={justAnswered}
          onAnswered={onAnswered}
        />
        {!closed ? (
          <button type="button" onClick={() => setAnswering(true)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
            Answer this question again
          </button>
        ) : null}
      </div>
    );
  }

  const streaming = phase === "streaming";
  const tooLong = draft.draft.text.length > ANSWER_MAX_CHARS;
  return (
    <div className="space-y-4">
      <form
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
        aria-busy={streaming}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {draft.restored ? (
          <p className="text-sm text-slate-600" data-testid="draft-restored">
            We restored the draft you were writing.
          </p>
        ) : null}
        <AnswerComposer
          position={position}
          text={draft.draft.text}
          onTextChange={(text) => {
            if (text.length > 0) startAnswer();
            draft.update({ text });
          }}
          uiMode={draft.draft.mode}
          onModeChange={(mode) => {
            if (mode === "typed") voice.stop();
            draft.update({ mode });
          }}
          voice={voice}
          disabled={streaming}
        />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <AnswerTimer startedAt={draft.draft.startedAt} stoppedAt={stoppedAt} />
          <div className="flex flex-wrap gap-2">
            {stored ? (
              <button type="button" onClick={() => setAnswering(false)} disabled={streaming} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
                Back to the stored feedback
              </button>
            ) : null}
            <button
              type="submit"
              disabled={streaming || closed || tooLong || voice.status !== "idle"}
              className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
            >
              Submit answer
            </button>
          </div>
        </div>
        {voice.status !== "idle" ? <p className="text-xs text-slate-600">Stop the microphone to submit.</p> : null}
        {problem ? (
          <p
            role="alert"
            className={`rounded-md p-3 text-sm ${problem.kind === "flagged" ? "bg-amber-50 text-amber-900" : "bg-red-50 text-red-800"}`}
            data-testid={problem.kind === "flagged" ? "answer-flagged" : "answer-error"}
          >
            {problem.message} {problem.kind === "flagged" ? "Your draft is still here to edit and submit again." : ""}
          </p>
        ) : null}
      </form>
      {streaming ? <FeedbackStreamPanel stage={stage} modelAnswer={modelAnswer} /> : null}
    </div>
  );
}
