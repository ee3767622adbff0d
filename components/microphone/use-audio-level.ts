"use client";

/**
 * The live level of a microphone stream, through a Web Audio AnalyserNode read once per animation frame. Only the
 * component that calls this re-renders as the level moves. `heard` turns true once the level has reached HEARD_LEVEL,
 * so the candidate knows the microphone works even after the sound stops.
 */
import { useEffect, useState } from "react";
import { HEARD_LEVEL, levelFromSamples, smoothLevel } from "@/lib/practice/client/audio-level";

export function useAudioLevel(stream: MediaStream | null): { level: number; heard: boolean } {
  const [level, setLevel] = useState(0);
  const [heard, setHeard] = useState(false);

  useEffect(() => {
    setLevel(0);
    // A finished recording keeps its verdict on screen; a new one starts listening afresh.
    if (!stream || typeof AudioContext === "undefined") return;
    setHeard(false);
    const context = new AudioContext();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    // Started from a click, so the context may run; resuming covers browsers that create it suspended anyway.
    void context.resume().catch(() => undefined);
    const samples = new Float32Array(analyser.fftSize);
    let shown = 0;
    let last = performance.now();
    let heardYet = false;
    let frame = 0;
    const tick = (now: number) => {
      analyser.getFloatTimeDomainData(samples);
      shown = smoothLevel(shown, levelFromSamples(samples), now - last);
      last = now;
      setLevel(shown);
      if (!heardYet && shown >= HEARD_LEVEL) {
        heardYet = true;
        setHeard(true);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      source.disconnect();
      void context.close().catch(() => undefined);
    };
  }, [stream]);

  return { level, heard };
}
