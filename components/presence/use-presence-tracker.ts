"use client";

/**
 * The camera side of presence signals. Frames go from the <video> to a worker as ImageBitmaps and are closed there;
 * detections come back and feed the pure aggregator in lib/presence. Nothing here sends anything over the network.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { createAnswerPresence } from "@/lib/practice/client/answer-presence";
import { createPresenceAggregator, type FrameSample, type PresenceMetrics } from "@/lib/presence";

export type TrackerStatus = "off" | "starting" | "on" | "denied" | "unavailable" | "error";

export type AnswerSignals = { presence: PresenceMetrics | null; tabSwitches: number; windowBlurs: number };

/** The camera's nominal rate; Chromium's fake camera plays clips at 10 fps, laptops give 15–30. */
const EXPECTED_FPS = 10;

const RESUME_CAMERA_PARAM = "camera";

/** Chromium exposes the document's policy; elsewhere we let getUserMedia report a refusal itself. */
function documentAllowsCamera(): boolean {
  const policy = (document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
  return policy ? policy.allowsFeature("camera") : true;
}

/**
 * Per-frame timings for bench/presence, kept only when a benchmark sets `window.__presenceBench` (never in normal use,
 * so nothing accumulates): the round trip from posting a frame to its result, and the worker's detection time.
 */
function recordFrameTiming(postedAt: number, detectMs: number) {
  const bench = (window as Window & { __presenceBench?: { frames: { at: number; roundTripMs: number; detectMs: number }[] } })
    .__presenceBench;
  const now = performance.now();
  bench?.frames.push({ at: now, roundTripMs: now - postedAt, detectMs });
}

type WorkerResult = { type: "result"; t: number; faces: FrameSample["faces"]; brightness: number; detectMs: number };

export function usePresenceTracker(modelUrl: string | null) {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  // The answer in progress and the frames it collects (see lib/practice/client/answer-presence.ts).
  const answerRef = useRef(createAnswerPresence(() => createPresenceAggregator({ expectedFps: EXPECTED_FPS })));
  const inFlightRef = useRef(false);
  const postedAtRef = useRef(0);
  const countsRef = useRef({ tabSwitches: 0, windowBlurs: 0 });
  const [status, setStatus] = useState<TrackerStatus>(modelUrl ? "off" : "unavailable");
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState<PresenceMetrics | null>(null);
  const [answering, setAnswering] = useState(false);
  const [counts, setCounts] = useState({ tabSwitches: 0, windowBlurs: 0 });

  const pump = useCallback(() => {
    const video = videoRef.current;
    const worker = workerRef.current;
    const stream = streamRef.current;
    if (!video || !worker || !stream) return;
    video.requestVideoFrameCallback(async () => {
      // A callback left over from before the camera was turned off and on again ends here: the new start pumps.
      if (streamRef.current !== stream) return;
      // One frame in flight at a time: a frame that arrives while the worker is busy is skipped, and the aggregator
      // sees fewer frames than expected, which lowers the confidence instead of queueing stale work.
      if (!inFlightRef.current && answerRef.current.collecting() && video.videoWidth > 0) {
        inFlightRef.current = true;
        try {
          const bitmap = await createImageBitmap(video);
          postedAtRef.current = performance.now();
          worker.postMessage({ type: "frame", bitmap, t: postedAtRef.current }, [bitmap]);
        } catch {
          inFlightRef.current = false;
        }
      }
      pump();
    });
  }, []);

  const start = useCallback(async () => {
    if (!modelUrl) return;
    // Permissions-Policy belongs to the document: after a client-side navigation from a page that denies the camera,
    // this document still denies it. A full load of this page gets the capture policy; the flag resumes the opt-in.
    if (!documentAllowsCamera()) {
      const url = new URL(window.location.href);
      url.searchParams.set(RESUME_CAMERA_PARAM, "1");
      window.location.replace(url);
      return;
    }
    setStatus("starting");
    setError(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 }, audio: false });
      streamRef.current = stream;
      const video = videoRef.current!;
      video.srcObject = stream;
      await video.play();
      const worker = new Worker("/presence-worker.mjs", { type: "module" });
      workerRef.current = worker;
      await new Promise<void>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<{ type: string; message?: string }>) => {
          if (event.data.type === "ready") resolve();
          if (event.data.type === "error") reject(new Error(event.data.message));
        };
        worker.onerror = (event) => reject(new Error(event.message || "the presence worker failed to load"));
        worker.postMessage({ type: "init", modelUrl });
      });
      worker.onmessage = (event: MessageEvent<WorkerResult>) => {
        inFlightRef.current = false;
        if (event.data.type !== "result") return;
        recordFrameTiming(postedAtRef.current, event.data.detectMs);
        answerRef.current.push({ t: event.data.t, faces: event.data.faces, brightness: event.data.brightness });
      };
      // Turned on in the middle of an answer, the camera still gives that answer presence, over the frames it sees.
      answerRef.current.cameraStarted();
      setStatus("on");
      pump();
    } catch (caught) {
      const name = caught instanceof DOMException ? caught.name : "";
      setStatus(name === "NotAllowedError" ? "denied" : "error");
      setError(caught instanceof Error ? caught.message : String(caught));
      stop();
    }
    // `stop` is stable (no dependencies), so leaving it out of this list is safe.
  }, [modelUrl, pump]);

  const stop = useCallback(() => {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    answerRef.current.cameraStopped();
    workerRef.current?.postMessage({ type: "close" });
    workerRef.current = null;
    inFlightRef.current = false;
    setStatus((current) => (current === "on" || current === "starting" ? "off" : current));
  }, []);

  /** Starts counting for one answer: presence (when the camera is on), tab switches and window blurs. */
  const beginAnswer = useCallback(() => {
    countsRef.current = { tabSwitches: 0, windowBlurs: 0 };
    setCounts(countsRef.current);
    answerRef.current.begin();
    setLive(null);
    setAnswering(true);
  }, []);

  /** Ends the answer and returns only numbers: the aggregate metrics and the counts. */
  const endAnswer = useCallback((): AnswerSignals => {
    const presence = answerRef.current.end();
    setAnswering(false);
    setLive(presence);
    return { presence, ...countsRef.current };
  }, []);

  useEffect(() => {
    if (!answering) return;
    const onVisibility = () => {
      if (document.visibilityState === "hidden") countsRef.current.tabSwitches += 1;
      setCounts({ ...countsRef.current });
    };
    const onBlur = () => {
      countsRef.current.windowBlurs += 1;
      setCounts({ ...countsRef.current });
    };
    // Live figures twice a second are plenty for a human and cost nothing per frame.
    const timer = window.setInterval(() => {
      const sofar = answerRef.current.current();
      if (sofar) setLive(sofar);
    }, 500);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("blur", onBlur);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("blur", onBlur);
    };
  }, [answering]);

  useEffect(() => stop, [stop]);

  // Resume an opt-in that needed a full page load (see `start`), and drop the flag from the address bar.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get(RESUME_CAMERA_PARAM) !== "1") return;
    url.searchParams.delete(RESUME_CAMERA_PARAM);
    window.history.replaceState(null, "", url);
    void start();
  }, [start]);

  return { videoRef, status, error, live, counts, answering, start, stop, beginAnswer, endAnswer };
}
