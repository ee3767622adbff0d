"use client";

import { useAudioLevel } from "./use-audio-level";

/** A bar that moves with the microphone's level, and a sentence once it has heard something. */
export function LevelMeter({ stream }: { stream: MediaStream | null }) {
  const { level, heard } = useAudioLevel(stream);
  const percent = Math.round(level * 100);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <div
        role="meter"
        aria-label="Microphone level"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 w-40 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full ${heard ? "bg-green-600" : "bg-slate-500"}`} style={{ width: `${percent}%` }} />
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {heard ? (
          <span data-testid="mic-heard">We can hear your microphone.</span>
        ) : (
          "Say something: the bar moves when your microphone picks it up."
        )}
      </p>
    </div>
  );
}
