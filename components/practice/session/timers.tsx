"use client";

import { useEffect, useState } from "react";
import { formatDuration, remainingMs } from "@/lib/practice/client/timer";
import { SESSION_TIME_LIMIT_MS } from "@/lib/practice/session/limits";

/**
 * The current time, ticking every `intervalMs`; null during the server render and hydration, so the first client
 * render matches the server's HTML and the clock appears a moment later.
 */
export function useNow(intervalMs = 1000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * Elapsed time for the current answer. It starts when the candidate starts typing or speaking (not when the question
 * appears), so reading and thinking time does not count against their pace; `stoppedAt` freezes it on submit.
 */
export function AnswerTimer({ startedAt, stoppedAt }: { startedAt: number | null; stoppedAt: number | null }) {
  const now = useNow(500);
  const elapsed = startedAt === null || now === null ? 0 : (stoppedAt ?? now) - startedAt;
  return (
    <p className="text-sm text-slate-700">
      <span>Time on this answer: </span>
      <span className="font-mono" data-testid="answer-timer" role="timer" aria-live="off">
        {formatDuration(elapsed)}
      </span>
      {startedAt === null ? <span className="text-slate-500"> (starts when you begin typing or speaking)</span> : null}
    </p>
  );
}

/** Time left before the session stops taking answers (the server's 60-minute cap). */
export function SessionClock({ expiresAt, now }: { expiresAt: string; now: number | null }) {
  const left = now === null ? null : remainingMs(expiresAt, now);
  const low = left !== null && left < 5 * 60 * 1000;
  return (
    <p className={`text-sm ${low ? "font-medium text-amber-900" : "text-slate-700"}`}>
      <span className="sr-only sm:not-sr-only">Session time left: </span>
      <span className="font-mono" data-testid="session-time-left" role="timer" aria-live="off">
        {left === null ? "–" : formatDuration(left)}
      </span>
      <span className="sm:hidden" aria-hidden>
        {" "}
        left
      </span>
      <span className="sr-only sm:not-sr-only text-slate-500"> of {SESSION_TIME_LIMIT_MS / 60_000} minutes</span>
    </p>
  );
}
