"use client";

/**
 * Voice answers. Where the browser's live transcription works, words appear as they are spoken. Where it is missing
 * or fails for any reason (no speech service, offline, blocked by policy), the answer is recorded with MediaRecorder
 * instead, with a level meter; only the recording's own microphone request can then say the microphone is refused or
 * missing. With AI the clip goes to our transcription route and is dropped once the text is back. Without AI, or when
 * transcription fails, the clip stays in this browser to play back while the candidate types what they said, and its
 * length still times the answer's pace.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { canRecordAudio, type RecordedClip, useRecorder } from "@/components/microphone/use-recorder";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import type { DeliverySegment } from "@/lib/scoring/delivery-config";
import { speechRecognitionConstructor } from "./speech-recognition";
import { useLiveTranscription } from "./use-live-transcription";

export type VoiceEngine = "checking" | "web-speech" | "recorder" | "unsupported";
export type VoiceStatus = "idle" | "listening" | "recording" | "transcribing";
export type UntranscribedClip = { blob: Blob; durationMs: number; reason: "not-configured" | "failed" };

type Options = {
  aiAvailable: boolean;
  /** Called when capture starts; returns the answer's start (epoch ms) that segment times are measured from. */
  onStart: () => number;
  /** A final stretch of speech, timed from the answer's start; its text is empty when a recording has none yet. */
  onFinal: (segment: DeliverySegment) => void;
};

/** Live transcription failed once on this page (its error code): later questions record at once, not fail again. */
let pageLiveFailure: string | null = null;

function pickEngine(): VoiceEngine {
  if (speechRecognitionConstructor() && pageLiveFailure === null) return "web-speech";
  return canRecordAudio() ? "recorder" : "unsupported";
}

/** The clip as the transcription route's multipart body. */
function audioForm(blob: Blob): FormData {
  const type = (blob.type.split(";")[0] ?? "").trim() || "audio/webm";
  const form = new FormData();
  // The route checks the base type; the codec suffix MediaRecorder adds is dropped so every browser's clip passes.
  form.append("audio", new Blob([blob], { type }), `answer.${type.split("/")[1] ?? "webm"}`);
  return form;
}

export function useVoiceCapture({ aiAvailable, onStart, onFinal }: Options) {
  const [engine, setEngine] = useState<VoiceEngine>("checking");
  const [fallbackCode, setFallbackCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [transcribing, setTranscribing] = useState(false);
  const [untranscribed, setUntranscribed] = useState<UntranscribedClip | null>(null);
  // Past the hourly allowance (429) the hook appends the Retry-After wait to the server's sentence, unless it has one.
  const { mutate: upload, reset: resetUpload, message: uploadError } = useApiMutation<{ text?: unknown }>({
    failed: "We could not transcribe that recording.",
    offline: "We could not reach the server to transcribe the recording. Check your connection.",
  });
  const recorder = useRecorder();
  const callbacks = useRef({ onStart, onFinal });
  useEffect(() => {
    callbacks.current = { onStart, onFinal };
  });

  // Feature detection needs the browser, so it runs after hydration; until then voice reads "checking".
  useEffect(() => {
    setEngine(pickEngine());
    setFallbackCode(pageLiveFailure);
  }, []);

  const finishClip = useCallback(
    async (clip: RecordedClip, base: number) => {
      const timing = { startMs: Math.max(0, clip.startedAt - base), endMs: Math.max(0, clip.endedAt - base) };
      const durationMs = clip.endedAt - clip.startedAt;
      if (!aiAvailable) {
        callbacks.current.onFinal({ text: "", ...timing });
        setUntranscribed({ blob: clip.blob, durationMs, reason: "not-configured" });
        return;
      }
      setTranscribing(true);
      const result = await upload("/api/practice/transcribe", { method: "POST", body: audioForm(clip.blob) });
      setTranscribing(false);
      const text = result?.ok && typeof result.body?.text === "string" ? result.body.text.trim() : "";
      callbacks.current.onFinal({ text, ...timing });
      if (!text) setUntranscribed({ blob: clip.blob, durationMs, reason: "failed" });
    },
    [aiAvailable, upload],
  );

  const { start: startRecorder, stop: stopRecorder } = recorder;
  const startRecording = useCallback(async () => {
    let base = 0;
    const problem = await startRecorder((clip) => void finishClip(clip, base));
    if (problem !== null) {
      setError(problem);
      return;
    }
    // The answer starts with the recording, not with a microphone request that failed.
    base = callbacks.current.onStart();
  }, [startRecorder, finishClip]);

  const live = useLiveTranscription({
    onFinal: (segment) => callbacks.current.onFinal(segment),
    onFail: (code) => {
      pageLiveFailure = code;
      setFallbackCode(code);
      setEngine(canRecordAudio() ? "recorder" : "unsupported");
      if (canRecordAudio()) void startRecording();
    },
  });

  const { start: startLive, stop: stopLive } = live;
  const start = useCallback(() => {
    setError(null);
    setUntranscribed(null);
    resetUpload();
    if (engine === "web-speech") {
      try {
        startLive(callbacks.current.onStart());
      } catch {
        pageLiveFailure = "start-failed";
        setFallbackCode("start-failed");
        setEngine("recorder");
        void startRecording();
      }
    } else if (engine === "recorder") {
      void startRecording();
    }
  }, [engine, startLive, resetUpload, startRecording]);

  const stop = useCallback(() => {
    stopLive();
    stopRecorder();
  }, [stopLive, stopRecorder]);

  const status: VoiceStatus = live.listening ? "listening" : recorder.recording ? "recording" : transcribing ? "transcribing" : "idle";
  return {
    engine,
    status,
    /** The Web Speech error that made this page record instead of transcribing live; null when it has not failed. */
    fallbackCode,
    canTranscribe: aiAvailable,
    interim: live.interim,
    stream: recorder.stream,
    recordingStartedAt: recorder.startedAt,
    untranscribed,
    error: error ?? uploadError,
    start,
    stop,
  };
}
