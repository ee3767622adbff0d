/**
 * The rules the app enforces, in a module with no I/O imports, so pages can show a limit without pulling the limiter
 * (lib/env, ioredis) into their bundle. Keys passed with these rules must be hashed.
 */
import type { RateLimitRule } from "./types";

/** One rule per prefix: the prefix alone names the counters in the store. */
export const RATE_LIMIT_RULES = {
  starScorePerIp: { limit: 5, windowSeconds: 60 * 60, prefix: "ratelimit:star-score:ip" },
  /**
   * Above the Free plan's monthly allowance of sessions (lib/billing/plans.ts), which is charged after this: at 10 a
   * day, a Free candidate starting their 11th session on one day met this 429, never the plan's 402 and its upgrade link.
   */
  sessionsPerUser: { limit: 20, windowSeconds: 24 * 60 * 60, prefix: "ratelimit:sessions:user" },
  answersPerUser: { limit: 60, windowSeconds: 60 * 60, prefix: "ratelimit:answers:user" },
  /** Questions read aloud, replays included. */
  speechPerUser: { limit: 120, windowSeconds: 60 * 60, prefix: "ratelimit:speech:user" },
  /** Recorded answers sent for transcription, with retries. */
  transcriptionsPerUser: { limit: 120, windowSeconds: 60 * 60, prefix: "ratelimit:transcriptions:user" },
  /**
   * Consent answers, the retention choice and accepting the terms: each is an append-only record and an audit event,
   * so a script must not be able to write them without end. Far above what a person changes in an hour.
   */
  privacyChangesPerUser: { limit: 30, windowSeconds: 60 * 60, prefix: "ratelimit:privacy:user" },
} satisfies Record<string, RateLimitRule>;
