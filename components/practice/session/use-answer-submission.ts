"use client";

/**
 * One question's answer, from the first keystroke or word to the stored feedback: the draft, the presence and focus
 * counting that runs from the answer's start to its submission, and `submit`, which streams the feedback in. A failure
 * of any kind (flagged, 4xx, a broken stream, no connection) leaves the draft in place to edit and resubmit.
 */
import { useEffect, useRef, useState } from "react";
import type { AnswerSignals, usePresenceTracker } from "@/components/presence/use-presence-tracker";
import { answerTiming } from "@/lib/practice/client/answer-timing";
import { submitAnswer } from "@/lib/practice/client/feedback-stream";
import type { AnswerJson } from "@/lib/practice/client/session-json";
import { buildAnswerPayload } from "@/lib/practice/session/answer-payload";
import { SESSION_TIME_LIMIT_MS } from "@/lib/practice/session/limits";
import type { StreamProgress } from "./feedback-stream-panel";
import { useAnswerDraft } from "./use-answer-draft";

export type AnswerProblem = { kind: "flagged" | "error"; message: string };

type Options = {
  sessionId: string;
  position: number;
  stored: AnswerJson | null;
  tracker: ReturnType<typeof usePresenceTracker>;
  onAnswered: (answer: AnswerJson) => void;
  onSessionClosed: () => void;
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

export function useAnswerSubmission({ sessionId, position, stored, tracker, onAnswered, onSessionClosed }: Options) {
  const draft = useAnswerDraft(sessionId, position);
  const [answering, setAnswering] = useState(stored === null);
  // Set once an answer is stored in this visit: only a fresh answer gets a follow-up question.
  const [justAnswered, setJustAnswered] = useState(false);
  const [phase, setPhase] = useState<"compose" | "streaming">("compose");
  const [stage, setStage] = useState<StreamProgress>(STARTING);
  const [modelAnswer, setModelAnswer] = useState("");
  const [problem, setProblem] = useState<AnswerProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [stoppedAt, setStoppedAt] = useState<number | null>(null);
  const carriedRef = useRef<AnswerSignals | null>(null);
  const trackingRef = useRef(false);
  const abortRef = useRef<AbortController | null>(null);
  const feedbackRef = useRef<HTMLDivElement | null>(null);
  const { beginAnswer, endAnswer } = tracker;

  function beginTracking() {
    if (trackingRef.current) return;
    trackingRef.current = true;
    beginAnswer();
  }

  /** The answer starts (first keystroke or recording): returns its start, epoch ms. */
  function startAnswer(): number {
    beginTracking();
    return draft.markStarted();
  }

  // A restored draft was already under way: resume its counting.
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

  /** Sends the answer; `beforeSend` stops any capture still running (the microphone). */
  async function submit(beforeSend: () => void) {
    const current = draft.current.current;
    if (!/[\p{L}\p{N}]/u.test(current.text)) {
      setProblem({ kind: "error", message: "Write or record an answer before submitting." });
      return;
    }
    beforeSend();
    draft.flush();
    const now = Date.now();
    const signals = mergeSignals(carriedRef.current, trackingRef.current ? endAnswer() : NO_SIGNALS);
    trackingRef.current = false;
    const payload = buildAnswerPayload({
      answer: current.text,
      ...answerTiming(current.segments, SESSION_TIME_LIMIT_MS),
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

  return { draft, answering, setAnswering, justAnswered, phase, stage, modelAnswer, problem, notice, stoppedAt, feedbackRef, startAnswer, submit };
}
