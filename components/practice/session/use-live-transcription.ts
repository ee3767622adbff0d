"use client";

/**
 * The browser's live transcription (Web Speech API): interim words while the candidate speaks, and each final stretch
 * handed on with its timing from the answer's start. When the recogniser fails for any reason other than a silence,
 * `onFail` gets its error code once it has ended, so the caller can record instead.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { liveTranscriptionFailed } from "@/lib/practice/client/voice-messages";
import type { DeliverySegment } from "@/lib/scoring/delivery-config";
import { speechRecognitionConstructor, type SpeechRecognitionLike } from "./speech-recognition";

type Options = {
  onFinal: (segment: DeliverySegment) => void;
  onFail: (code: string) => void;
};

export function useLiveTranscription({ onFinal, onFail }: Options) {
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState("");
  const recognitionRef = useRef<SpeechRecognitionLike | null>(null);
  const wantRef = useRef(false);
  // Set when the candidate presses Stop: a failure reported after that is not a reason to start recording.
  const stoppedRef = useRef(false);
  const callbacks = useRef({ onFinal, onFail });
  useEffect(() => {
    callbacks.current = { onFinal, onFail };
  });

  /** Starts listening; segment times are measured from `base` (epoch ms). Throws when the recogniser cannot start. */
  const start = useCallback((base: number) => {
    const Recognition = speechRecognitionConstructor();
    if (!Recognition) throw new Error("no speech recognition");
    const recognition = new Recognition();
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.lang = navigator.language || "en-GB";
    let segmentStart: number | null = null;
    let failure: string | null = null;
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
      if (!liveTranscriptionFailed(event.error)) return;
      wantRef.current = false;
      failure = event.error;
    };
    recognition.onend = () => {
      // Chromium ends a "continuous" session after a silence; carry on until the candidate presses Stop.
      if (wantRef.current) {
        try {
          recognition.start();
          return;
        } catch {
          wantRef.current = false;
          failure ??= "restart-failed";
        }
      }
      recognitionRef.current = null;
      setInterim("");
      setListening(false);
      if (failure && !stoppedRef.current) callbacks.current.onFail(failure);
    };
    recognitionRef.current = recognition;
    wantRef.current = true;
    stoppedRef.current = false;
    recognition.start();
    setListening(true);
  }, []);

  const stop = useCallback(() => {
    wantRef.current = false;
    stoppedRef.current = true;
    recognitionRef.current?.stop();
  }, []);

  // Leaving the question stops the microphone.
  useEffect(
    () => () => {
      wantRef.current = false;
      const recognition = recognitionRef.current;
      if (recognition) {
        recognition.onend = null;
        recognition.abort();
      }
    },
    [],
  );

  return { listening, interim, start, stop };
}
