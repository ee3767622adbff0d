/**
 * Finding the caller's own session, and the options every practice service accepts. A session that does not exist
 * and one that belongs to someone else get the same 404, so ids cannot be probed.
 */
import type { Database } from "@/db/client";
import { type AiClient, getOpenAIClient } from "@/lib/ai/openai-client";
import { findPracticeSession } from "@/db/queries/practice";
import type { PracticeSession } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { RateLimiter } from "@/lib/ratelimit/rate-limiter";
import type { QuestionSource } from "./question-source";

/** Dependencies and context a service call may override; each defaults to the production choice. */
export type PracticeOptions = {
  /** The clock; defaults to now. Tests pass a time to cross the session limit without waiting an hour. */
  now?: Date;
  /** Defaults to the process-wide `getRateLimiter()`. */
  limiter?: RateLimiter;
  /** Defaults to `getQuestionSource(ai)`: AI questions with the bank as fallback, or the offline bank. */
  questionSource?: QuestionSource;
  /** The caller's hashed IP, recorded with audit events. */
  ipHash?: string | null;
  /**
   * The AI client for moderation and feedback: `null` forces the offline engines; unset means the app's configured
   * client (`getOpenAIClient()`, itself null offline). Tests pass a client pointed at the local OpenAI server.
   */
  ai?: AiClient | null;
  /** Cancels AI calls when the caller goes away (e.g. `request.signal`). */
  signal?: AbortSignal;
};

/** The AI client a practice call uses, or null for the offline engines. */
export function practiceAiClient(options: PracticeOptions): AiClient | null {
  return options.ai === undefined ? getOpenAIClient() : options.ai;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The 404 for any session the caller cannot see. */
export function sessionNotFound(): AppError {
  return new AppError("not_found", "We could not find that practice session.");
}

/** Loads the caller's session or throws 404. A malformed id cannot name a session, so it is a 404 too (not a 500). */
export async function loadOwnSession(
  userId: string,
  sessionId: string,
  options: { lock?: boolean } = {},
  db?: Database,
): Promise<PracticeSession> {
  if (!UUID.test(sessionId)) throw sessionNotFound();
  const row = await findPracticeSession(userId, sessionId, options, db);
  if (!row) throw sessionNotFound();
  return row;
}

/** Whether the id could name a session at all (checked before touching the database). */
export function isSessionId(sessionId: string): boolean {
  return UUID.test(sessionId);
}
