/**
 * The practice loop's limits, in a module with no I/O so the browser can show the same numbers (the countdown, the
 * character counter) that the server enforces.
 */

/** A session accepts answers for this long after it starts; the server refuses answers past it. */
export const SESSION_TIME_LIMIT_MS = 60 * 60 * 1000;

/**
 * How long after the time limit an unsaved session is kept before the sweep deletes it. The grace covers a candidate
 * who answered in the last minute and is still reading the summary when the hour ends.
 */
export const ABANDONED_SESSION_GRACE_MS = 15 * 60 * 1000;

/** Longest answer accepted: about 25 minutes spoken, far beyond any interview answer. */
export const ANSWER_MAX_CHARS = 10_000;

/** Upper bound on tab-switch and blur counts, so a hostile client cannot store absurd numbers. */
export const MAX_FOCUS_EVENTS = 10_000;

/** When a session started at `startedAt` stops accepting answers. */
export function sessionExpiresAt(startedAt: Date): Date {
  return new Date(startedAt.getTime() + SESSION_TIME_LIMIT_MS);
}

/** Sessions that started before this instant and were never saved are abandoned at `now`. */
export function abandonedBefore(now: Date): Date {
  return new Date(now.getTime() - SESSION_TIME_LIMIT_MS - ABANDONED_SESSION_GRACE_MS);
}
