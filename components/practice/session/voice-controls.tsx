"use client";

import { CANNOT_CAPTURE_VOICE, recordingInsteadNote } from "@/lib/practice/client/voice-messages";
import type { useVoiceCapture } from "./use-voice-capture";
import { RecordingStatus, UntranscribedRecording } from "./voice-recording";

export type Voice = ReturnType<typeof useVoiceCapture>;

/** What this browser and server do with a voice answer, before the candidate starts. */
function engineDescription(voice: Voice): string | null {
  if (voice.engine === "web-speech") return "Live transcription by your browser: words appear as you speak.";
  if (voice.engine !== "recorder" || voice.fallbackCode !== null) return null;
  return voice.canTranscribe
    ? "This browser has no live transcription, so your answer is recorded and transcribed by AI when you stop. The recording is deleted once the text is back; audio is never stored."
    : "This browser has no live transcription and this server has no AI transcription, so your answer is recorded to time your pace and to play back while you type what you said. The recording never leaves this browser.";
}

/** The Speak side of the answer: start and stop, the level meter while recording, and what happened to the audio. */
export function VoiceControls({ voice, disabled }: { voice: Voice; disabled: boolean }) {
  const { engine, status } = voice;
  const live = engine === "web-speech";
  const capturing = status === "listening" || status === "recording";
  const description = engineDescription(voice);
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="voice-controls">
      {engine === "checking" ? <p>Checking what this browser supports…</p> : null}
      {engine === "unsupported" ? (
        <p className="text-amber-900" data-testid="voice-unsupported">
          {CANNOT_CAPTURE_VOICE}
        </p>
      ) : null}
      {description ? <p className="text-slate-700">{description}</p> : null}
      {voice.fallbackCode !== null ? (
        <p className="text-slate-700" data-testid="voice-fallback">
          {recordingInsteadNote(voice.fallbackCode, voice.canTranscribe)}
        </p>
      ) : null}
      {live || engine === "recorder" ? (
        <div className="flex flex-wrap items-center gap-3">
          {capturing ? (
            <button type="button" onClick={voice.stop} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
              {status === "listening" ? "Stop speaking" : "Stop recording"}
            </button>
          ) : (
            <button
              type="button"
              onClick={voice.start}
              disabled={disabled || status === "transcribing"}
              className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
            >
              {live ? "Start speaking" : "Start recording"}
            </button>
          )}
          <p aria-live="polite" className="text-slate-700" data-testid="voice-status">
            {status === "listening" ? "Listening…" : status === "transcribing" ? "Transcribing your recording…" : ""}
          </p>
        </div>
      ) : null}
      {status === "recording" ? <RecordingStatus stream={voice.stream} startedAt={voice.recordingStartedAt} /> : null}
      {status === "listening" && voice.interim ? (
        <p className="italic text-slate-600" data-testid="voice-interim">
          {voice.interim}
        </p>
      ) : null}
      {voice.untranscribed && !capturing ? <UntranscribedRecording clip={voice.untranscribed} /> : null}
      {voice.error ? (
        <p role="alert" className="text-red-700" data-testid="voice-error">
          {voice.error}
        </p>
      ) : null}
    </div>
  );
}
