"use client";

/**
 * Voice answers. Where the browser has the Web Speech API, words appear live (interim) and each final segment is
 * appended to the transcript with its timing. Elsewhere a MediaRecorder clip is sent to our transcription route and
 * dropped once the text is back; that needs AI, so without it (and without Web Speech) voice says so and typing stays.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import type { DeliverySegment } from "@/lib/scoring/delivery-config";
import { canRecordAudio, microphoneErrorMessage, speechRecognitionConstructor, type SpeechRecognitionLike } from "./speech-recognition";

export type VoiceEngine = "checking" | "web-speech" | "recorder" | "needs-ai" | "unsupported";
export type VoiceStatus = "idle" | "listening" | "transcribing";

type Options = {
  aiAvailable: boolean;
  /** Called when capture starts; returns the answer's start (epoch ms) that segment times are measured from. */
  onStart: () => number;
  /** A final stretch of speech, timed from the answer's start. */
  onFinal: (segment: DeliverySegment) => void;
};

function pickEngine(aiAvailable: boolean): VoiceEngine {
  if (speechRecognitionConstructor()) return "web-speech";
  if (!aiAvailable) return "needs-ai";
  return canRecordAudio() ? "recorder" : "unsupported";
}

const TRANSCRIBE_FAILED = "We could not transcribe that recording. Try again, or type your answer.";

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
  const [status, setStatus] = useState<VoiceStatus>("idle");
  const [interim, setInterim] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // Past the hourly allowance (429) the hook appends the Retry-After wait to the server's sentence, unless it has one.
  const { mutate: upload, fail: failUpload, reset: resetUpload, message: uploadError } = useApiMutation<{ text?: unknown }>({
    failed: TRANSCRIBE_FAILED,
    offline: "We could not reach the server. Check your connection, or type your answer.",
  });
  const recognitionRef = useRef<SpeechRecognitionLike | null>(null);
  const recorderRef = useRef<MediaRecorder | null>(null);
  const wantRef = useRef(false);
  const callbacks = useRef({ onStart, onFinal });
  useEffect(() => {
    callbacks.current = { onStart, onFinal };
  });

  // Feature detection needs the browser, so it runs after hydration; until then voice reads "checking".
  useEffect(() => setEngine(pickEngine(aiAvailable)), [aiAvailable]);

  const startWebSpeech = useCallback(() => {
    const Recognition = speechRecognitionConstructor()!;
    const base = callbacks.current.onStart();
    const recognition = new Recognition();
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.lang = navigator.language || "en-GB";
    let segmentStart: number | null = null;
    recognition.onresult = (event) => {
      const now = Date.now();
      let pending = "";
      for (let i = event.resultIndex; i < event.results.length; i += 1) {
        const result = event.results[i];
        const text = result?.[0]?.transcript ?? "";
        if (result?.isFinal) {
          // A segment runs from the first words heard for it (an interim result) to its final result.
          const from = segmentStart ?? now;
          callbacks.current.onFinal({ text: text.trim(), startMs: Math.max(0, from - base), endMs: Math.max(0, now - base) });
          segmentStart = null;
        } else {
          pending += text;
        }
      }
      setInterim(pending);
      if (pending) segmentStart ??= now;
    };
    recognition.onerror = (event) => {
      if (event.error === "no-speech" || event.error === "aborted") return;
      wantRef.current = false;
      // An offline Chromium has the API but no service behind it: record and transcribe instead, when AI is there.
      if ((event.error === "network" || event.error === "service-not-allowed") && aiAvailable && canRecordAudio()) {
        setEngine("recorder");
        setNote("Live transcription is not available in this browser, so your answer will be recorded and transcribed when you stop.");
        return;
      }
      setError(microphoneErrorMessage(event.error));
    };
    recognition.onend = () => {
      // Chromium ends a "continuous" session after a silence; carry on until the candidate presses Stop.
      if (wantRef.current) {
        try {
          recognition.start();
          return;
        } catch {
          wantRef.current = false;
        }
      }
      recognitionRef.current = null;
      setInterim("");
      setStatus("idle");
    };
    recognitionRef.current = recognition;
    wantRef.current = true;
    recognition.start();
    setStatus("listening");
  }, [aiAvailable]);

  const startRecorder = useCallback(async () => {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (caught) {
      setError(microphoneErrorMessage(caught instanceof DOMException ? caught.name : ""));
      return;
    }
    const base = callbacks.current.onStart();
    const startedAt = Date.now();
    const recorder = new MediaRecorder(stream);
    let chunks: Blob[] = [];
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = async () => {
      stream.getTracks().forEach((track) => track.stop());
      const endedAt = Date.now();
      const clip = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
      chunks = [];
      recorderRef.current = null;
      setStatus("transcribing");
      const result = await upload("/api/practice/transcribe", { method: "POST", body: audioForm(clip) });
      const text = result?.ok ? result.body?.text : undefined;
      if (typeof text === "string") {
        callbacks.current.onFinal({ text: text.trim(), startMs: Math.max(0, startedAt - base), endMs: Math.max(0, endedAt - base) });
      } else if (result?.ok) {
        failUpload(TRANSCRIBE_FAILED);
      }
      setStatus("idle");
    };
    recorderRef.current = recorder;
    recorder.start();
    setStatus("listening");
  }, [upload, failUpload]);

  const start = useCallback(() => {
    setError(null);
    resetUpload();
    if (engine === "web-speech") {
      try {
        startWebSpeech();
      } catch {
        setError(microphoneErrorMessage(""));
      }
    } else if (engine === "recorder") {
      void startRecorder();
    }
  }, [engine, resetUpload, startRecorder, startWebSpeech]);

  const stop = useCallback(() => {
    wantRef.current = false;
    recognitionRef.current?.stop();
    if (recorderRef.current?.state === "recording") recorderRef.current.stop();
  }, []);

  // Leaving the question stops the microphone; an unfinished recording is dropped, never uploaded.
  useEffect(
    () => () => {
      wantRef.current = false;
      recognitionRef.current?.abort();
      const recorder = recorderRef.current;
      if (recorder) {
        recorder.onstop = () => recorder.stream.getTracks().forEach((track) => track.stop());
        if (recorder.state === "recording") recorder.stop();
      }
    },
    [],
  );

  return { engine, status, interim, error: error ?? uploadError, note, start, stop };
}
