"use client";

/**
 * The warm-up's microphone check: a short recording with the level meter, then played back, so the candidate knows
 * both that the microphone picks them up and how they sound. The clip stays in this browser.
 */
import { useEffect, useState } from "react";
import { LevelMeter } from "./level-meter";
import { canRecordAudio, type RecordedClip, useClipUrl, useRecorder } from "./use-recorder";

/** Long enough to say a sentence, short enough to repeat. */
export const CHECK_SECONDS = 3;

export function MicrophoneCheck() {
  const recorder = useRecorder();
  const [clip, setClip] = useState<RecordedClip | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [supported, setSupported] = useState(true);
  const url = useClipUrl(clip?.blob ?? null);
  const { stop, recording } = recorder;

  useEffect(() => setSupported(canRecordAudio()), []);

  // The check stops on its own after CHECK_SECONDS.
  useEffect(() => {
    if (!recording) return;
    const timer = window.setTimeout(stop, CHECK_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [recording, stop]);

  async function check() {
    setError(null);
    setClip(null);
    setError(await recorder.start(setClip));
  }

  return (
    <section aria-labelledby="microphone-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="microphone-check">
      <h2 id="microphone-heading" className="font-semibold">
        Microphone
      </h2>
      {!supported ? (
        <p className="text-sm text-amber-900">This browser cannot record audio, so voice answers will not work here. You can still type them.</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            Record {CHECK_SECONDS} seconds, then listen back. The recording stays in this browser.
          </p>
          <button
            type="button"
            onClick={() => void check()}
            disabled={recording}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-60"
          >
            {recording ? "Recording…" : clip ? "Test again" : "Test microphone"}
          </button>
          {recording || clip ? <LevelMeter stream={recorder.stream} /> : null}
          {url && !recording ? (
            <div className="space-y-1">
              <audio controls src={url} aria-label="Your test recording" className="w-full" />
              <p className="text-sm text-slate-600">Play it back: if you hear yourself clearly, voice answers will work.</p>
            </div>
          ) : null}
        </>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700" data-testid="microphone-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
