/**
 * Telling "the database cannot be reached" apart from a bug, so a request answers 503 (try again) instead of 500.
 * Drivers wrap the cause (Drizzle's "Failed query" error holds the driver's error in `cause`), so the chain is walked.
 */
import "server-only";

// Socket-level failures, and PostgreSQL's connection-exception (08…), operator-intervention (57P0…) and
// too-many-connections (53300) SQLSTATEs.
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "53300",
  "57P01",
  "57P02",
  "57P03",
]);
const UNREACHABLE_MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /PGlite is closed/i];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (typeof current !== "object") return false;
    const { code, message, cause, errors } = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || code.startsWith("08"))) return true;
    if (typeof message === "string" && UNREACHABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // Node reports a refused dual-stack connect as an AggregateError of one error per address.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = cause;
  }
  return false;
}
