"use client";

import { useEffect, useState } from "react";
import { MicrophoneCheck } from "@/components/microphone/microphone-check";
import { CameraPanel } from "@/components/presence/camera-panel";
import { PresenceSummary } from "@/components/presence/presence-summary";
import { useDeviceConsent } from "@/components/privacy/settings-device-consent";
import { usePresenceTracker, type AnswerSignals } from "@/components/presence/use-presence-tracker";

const WARM_UP_QUESTION = "Tell me about a time you had to deliver something important under pressure.";

/**
 * A single warm-up answer with a microphone check and optional camera presence: the candidate checks their set-up
 * and sees the signals a practice session will record.
 */
export function PracticeRoom({ modelUrl }: { modelUrl: string | null }) {
  const tracker = usePresenceTracker(modelUrl);
  useDeviceConsent("camera", tracker.status === "on");
  const [answer, setAnswer] = useState("");
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [signals, setSignals] = useState<AnswerSignals | null>(null);

  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setElapsed(Math.floor((Date.now() - startedAt) / 1000)), 250);
    return () => window.clearInterval(timer);
  }, [startedAt]);

  function begin() {
    setSignals(null);
    setElapsed(0);
    setStartedAt(Date.now());
    tracker.beginAnswer();
  }

  function finish() {
    setSignals(tracker.endAnswer());
    setStartedAt(null);
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <section aria-labelledby="question-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="question-heading" className="font-semibold">
          Warm-up question
        </h2>
        <p className="text-lg">{WARM_UP_QUESTION}</p>
        <label htmlFor="answer" className="block font-medium">
          Your answer
        </label>
        <textarea
          id="answer"
          rows={6}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
          className="w-full rounded-md border border-slate-300 px-3 py-2"
        />
        <div className="flex flex-wrap items-center gap-4">
          {startedAt === null ? (
            <button type="button" onClick={begin} className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
              Start answer
            </button>
          ) : (
            <button type="button" onClick={finish} className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
              Finish answer
            </button>
          )}
          <p aria-live="off" data-testid="answer-timer" className="font-mono text-slate-700">
            {String(Math.floor(elapsed / 60)).padStart(2, "0")}:{String(elapsed % 60).padStart(2, "0")}
          </p>
          {startedAt !== null ? (
            <p className="text-sm text-slate-600" data-testid="live-tab-switches">
              Tab switches so far: {tracker.counts.tabSwitches}
            </p>
          ) : null}
        </div>
        {signals ? <PresenceSummary signals={signals} /> : null}
      </section>
      <div className="min-w-0 space-y-4">
        <MicrophoneCheck />
        <CameraPanel tracker={tracker} />
      </div>
    </div>
  );
}
