/**
 * Time formatting for the answer timer, the session countdown and rate-limit waits. Pure and browser-safe: the one
 * home of `describeWait` and `parseRetryAfter` for every client screen.
 */

/** "0:07", "12:34", "1:00:00": whole seconds, rounded down; negative or non-finite reads as 0. */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/** Milliseconds left until `expiresAt` (ISO string or Date) at `now`, never below 0. */
export function remainingMs(expiresAt: string | Date, now: number): number {
  const end = typeof expiresAt === "string" ? Date.parse(expiresAt) : expiresAt.getTime();
  return Number.isFinite(end) ? Math.max(0, end - now) : 0;
}

/** A wait in plain words, for a 429: "a few seconds", "about a minute", "12 minutes", "about 2 hours". */
export function describeWait(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return "a moment";
  if (seconds < 45) return "a few seconds";
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 1) return "about a minute";
  if (minutes < 90) return `${minutes} minutes`;
  return `about ${Math.round(minutes / 60)} hours`;
}

/** Reads a Retry-After header (seconds or an HTTP date) as seconds from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, Math.round((at - now) / 1000)) : null;
}

/**
 * A server's error sentence with the wait from Retry-After appended ("… Try again in 12 minutes."), unless the wait
 * is unknown or the sentence already says when to try again.
 */
export function withRetryHint(message: string, seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || /try again in/i.test(message)) return message;
  return `${message} Try again in ${describeWait(seconds)}.`;
}
