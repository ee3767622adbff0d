/**
 * A question's time limit, from when the question was first shown. Soft: the countdown runs out and then shows the
 * overrun, and the answer is still accepted (reviewers see it ran over). Hard: at the limit the answer closes and
 * whatever is written is saved. Pure, for the countdown and its tests.
 */
import type { TimeLimitMode } from "./candidate-types";

export type TimeLimitStatus = {
  remainingMs: number;
  overrunMs: number;
  /** "running" before the limit; "overrun" past a soft one; "closed" past a hard one. */
  phase: "running" | "overrun" | "closed";
};

export function timeLimitStatus(startedAt: number, now: number, limitSeconds: number, mode: TimeLimitMode): TimeLimitStatus {
  const elapsed = Math.max(0, now - startedAt);
  const limitMs = limitSeconds * 1000;
  if (elapsed < limitMs) return { remainingMs: limitMs - elapsed, overrunMs: 0, phase: "running" };
  return { remainingMs: 0, overrunMs: elapsed - limitMs, phase: mode === "hard" ? "closed" : "overrun" };
}

/** Whether a countdown should warn: the last fifth of the time, or the last 30 seconds, whichever is shorter. */
export function timeIsShort(status: TimeLimitStatus, limitSeconds: number): boolean {
  return status.phase === "running" && status.remainingMs <= Math.min(30_000, limitSeconds * 200);
}
