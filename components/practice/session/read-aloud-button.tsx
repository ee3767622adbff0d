"use client";

import { useEffect, useRef, useState } from "react";

type Source = "ai" | "browser" | "none";

const SOURCE_TEXT: Record<Source, string> = {
  ai: "Reading with the AI voice.",
  browser: "Reading with your browser's built-in voice.",
  none: "This browser cannot read aloud; the question is written above.",
};

type ReadAloudButtonProps = {
  /** Our text-to-speech route for this text: the server reads its own stored copy of it, never what the page sends. */
  speechUrl: string;
  /** What the browser's own voice reads when the AI voice is not configured or fails. */
  text: string;
  aiAvailable: boolean;
  /** The id of the line that says which voice reads: unique on the page, where a question and its follow-up both show. */
  sourceId: string;
  /** The button's name, distinct from the question's where both are on the page. */
  label?: string;
};

/**
 * Plays a question aloud: our text-to-speech route when AI is configured (the audio arrives as a blob, which the
 * CSP's media-src allows), the browser's speechSynthesis otherwise or when that fails. It says which voice is used.
 */
export function ReadAloudButton({ speechUrl, text, aiAvailable, sourceId, label = "Read question aloud" }: ReadAloudButtonProps) {
  const [source, setSource] = useState<Source | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "playing">("idle");
  const audioRef = useRef<{ audio: HTMLAudioElement; url: string } | null>(null);

  function stop() {
    const current = audioRef.current;
    if (current) {
      current.audio.pause();
      URL.revokeObjectURL(current.url);
      audioRef.current = null;
    }
    if (typeof window !== "undefined" && "speechSynthesis" in window) window.speechSynthesis.cancel();
    setState("idle");
  }

  // Another text to read, or leaving the page, stops the voice.
  useEffect(() => stop, [speechUrl]);

  async function playFromServer(): Promise<boolean> {
    try {
      const response = await fetch(speechUrl);
      if (!response.ok) return false;
      const blob = await response.blob();
      if (blob.size === 0) return false;
      const url = URL.createObjectURL(blob);
      const audio = new Audio(url);
      audio.onended = () => stop();
      audioRef.current = { audio, url };
      await audio.play();
      return true;
    } catch {
      // Autoplay refused, unsupported codec, network: the browser's voice stands in.
      if (audioRef.current) URL.revokeObjectURL(audioRef.current.url);
      audioRef.current = null;
      return false;
    }
  }

  function playInBrowser(): boolean {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return false;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.onend = () => setState("idle");
    utterance.onerror = () => setState("idle");
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
    return true;
  }

  async function read() {
    stop();
    setState("loading");
    if (aiAvailable && (await playFromServer())) {
      setSource("ai");
      setState("playing");
      return;
    }
    if (playInBrowser()) {
      setSource("browser");
      setState("playing");
      return;
    }
    setSource("none");
    setState("idle");
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={read}
        disabled={state === "loading"}
        aria-busy={state === "loading"}
        aria-describedby={sourceId}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {label}
      </button>
      {state === "playing" ? (
        <button type="button" onClick={stop} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          Stop reading
        </button>
      ) : null}
      {/* Read to screen readers everywhere, shown from small tablets up: on a phone the answer box comes first. */}
      <p id={sourceId} className="sr-only text-xs text-slate-600 sm:not-sr-only" aria-live="polite" data-testid="read-aloud-source">
        {state === "loading" ? "Loading the voice…" : source ? SOURCE_TEXT[source] : aiAvailable ? "Uses the AI voice." : "Uses your browser's built-in voice."}
      </p>
    </div>
  );
}
