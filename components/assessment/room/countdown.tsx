"use client";

import { formatDuration } from "@/lib/practice/client/timer";
import { timeIsShort, type TimeLimitStatus } from "@/lib/assessments/client/time-limit";
import type { TimeLimitMode } from "@/lib/assessments/client/candidate-types";

type Props = { status: TimeLimitStatus | null; limitSeconds: number; mode: TimeLimitMode };

/** What a screen reader hears when the phase changes (the ticking figure itself is not announced). */
function announcement(status: TimeLimitStatus | null, short: boolean, mode: TimeLimitMode): string {
  if (!status) return "";
  if (status.phase === "closed") return "Time is up. What you wrote is being saved.";
  if (status.phase === "overrun") return "Time is up. You can still finish; the overrun is recorded.";
  if (short) return mode === "hard" ? "Less than 30 seconds left. The answer closes at the limit." : "Less than 30 seconds left.";
  return "";
}

/** The question's countdown: the time left, then (soft limit) how far over, or (hard limit) that it has closed. */
export function Countdown({ status, limitSeconds, mode }: Props) {
  const short = status !== null && timeIsShort(status, limitSeconds);
  const over = status !== null && status.phase !== "running";
  return (
    <div className={`text-sm ${over ? "font-medium text-red-800" : short ? "font-medium text-amber-900" : "text-slate-700"}`}>
      <p>
        {over ? (status.phase === "closed" ? "Time is up" : "Over the time limit by ") : "Time left: "}
        {status?.phase !== "closed" ? (
          <span className="font-mono" role="timer" aria-live="off" data-testid="assessment-countdown">
            {status === null ? "–" : formatDuration(over ? status.overrunMs : status.remainingMs)}
          </span>
        ) : null}
        <span className="text-slate-600">
          {" "}
          ({mode === "hard" ? "closes at" : "soft limit"} {formatDuration(limitSeconds * 1000)})
        </span>
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement(status, short, mode)}
      </p>
    </div>
  );
}
