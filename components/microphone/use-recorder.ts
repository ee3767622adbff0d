"use client";

/**
 * One microphone recording at a time with MediaRecorder. `start` asks for the microphone and resolves to null once
 * recording, or to a plain sentence saying why it could not; `stop` ends it and hands the clip to `onClip`. The open
 * stream is exposed for the level meter. Unmounting drops an unfinished recording and releases the microphone.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { microphoneErrorMessage } from "@/lib/practice/client/voice-messages";

export type RecordedClip = { blob: Blob; startedAt: number; endedAt: number };

/** Whether this browser can record audio at all. */
export function canRecordAudio(): boolean {
  return typeof window !== "undefined" && typeof window.MediaRecorder !== "undefined" && !!navigator.mediaDevices?.getUserMedia;
}

export function useRecorder() {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const recorderRef = useRef<MediaRecorder | null>(null);
  const mountedRef = useRef(true);
  const askingRef = useRef(false);

  const start = useCallback(async (onClip: (clip: RecordedClip) => void): Promise<string | null> => {
    // One recording at a time, including while the browser is still asking for the microphone (a double click).
    if (recorderRef.current || askingRef.current) return null;
    let media: MediaStream;
    askingRef.current = true;
    try {
      media = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (caught) {
      return microphoneErrorMessage(caught instanceof DOMException ? caught.name : "");
    } finally {
      askingRef.current = false;
    }
    // The question was left while the browser was asking for the microphone: release it at once.
    if (!mountedRef.current) {
      media.getTracks().forEach((track) => track.stop());
      return null;
    }
    const began = Date.now();
    const recorder = new MediaRecorder(media);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = () => {
      media.getTracks().forEach((track) => track.stop());
      recorderRef.current = null;
      setStream(null);
      setStartedAt(null);
      onClip({ blob: new Blob(chunks, { type: recorder.mimeType || "audio/webm" }), startedAt: began, endedAt: Date.now() });
    };
    recorderRef.current = recorder;
    recorder.start();
    setStream(media);
    setStartedAt(began);
    return null;
  }, []);

  const stop = useCallback(() => {
    if (recorderRef.current?.state === "recording") recorderRef.current.stop();
  }, []);

  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      const recorder = recorderRef.current;
      if (!recorder) return;
      recorder.onstop = () => recorder.stream.getTracks().forEach((track) => track.stop());
      if (recorder.state === "recording") recorder.stop();
    };
  }, []);

  return { stream, startedAt, recording: stream !== null, start, stop };
}

/** An object URL for a recorded clip (for an <audio> player), revoked when the clip changes or the caller unmounts. */
export function useClipUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) {
      setUrl(null);
      return;
    }
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  return url;
}
