/**
 * The rate-limit service's contract. Every adapter (Upstash REST, Redis via ioredis, in-memory) implements
 * `RateLimiter` with the same semantics, so routes never know which store is behind it.
 *
 * Semantics: a FIXED window aligned to the epoch (window n covers [n·w, (n+1)·w) ms, so a daily window resets at
 * midnight UTC), counted per call: every `consume` uses one unit, refused calls included.
 *
 * Fixed rather than sliding because its figures are exact: `remaining` is a plain counter, and at `resetAt` the whole
 * limit is back, so Retry-After tells the truth. Upstash's sliding window weights the previous window's count by how
 * much of it still overlaps, so after its reported reset capacity returns gradually (one call at the boundary, the full
 * limit only a window later): `remaining` and Retry-After become estimates. The price of fixed windows, up to
 * 2 × `limit` in a burst straddling a boundary, is acceptable for our rules (5/hour scorer, 10/day sessions,
 * 60/hour answers).
 */

/** One limit: at most `limit` calls per `windowSeconds`, counted under `prefix` (one rule per prefix). */
export type RateLimitRule = {
  limit: number;
  windowSeconds: number;
  /** Namespaces the rule's keys in the store, e.g. "ratelimit:star-score:ip". */
  prefix: string;
};

/** The outcome of one `consume`. */
export type RateLimitResult = {
  allowed: boolean;
  limit: number;
  /** Calls still allowed in this window after this one; 0 when refused. */
  remaining: number;
  /** When the current window ends, epoch milliseconds. */
  resetAt: number;
  /** 0 when allowed; otherwise whole seconds until `resetAt` (at least 1), ready for a Retry-After header. */
  retryAfterSeconds: number;
};

/** A rate limiter. `key` must already be hashed (never a raw IP or email): it ends up in the store as is. */
export interface RateLimiter {
  consume(key: string, rule: RateLimitRule): Promise<RateLimitResult>;
  /** What `key` has left in the current window, without using any of it (for showing "3 of 5 left"). */
  peek(key: string, rule: RateLimitRule): Promise<RateLimitAllowance>;
}

/** The state of one key's window, read without consuming. */
export type RateLimitAllowance = { limit: number; remaining: number; resetAt: number };

/** The epoch-aligned end of the fixed window containing `at`; every adapter shares this arithmetic. */
export function windowResetAt(at: number, rule: RateLimitRule): number {
  const windowMs = rule.windowSeconds * 1000;
  return (Math.floor(at / windowMs) + 1) * windowMs;
}

/** Throws on a rule or key that would silently misbehave (a zero window, a fractional limit, an empty key). */
export function assertValidRequest(key: string, rule: RateLimitRule): void {
  if (!key) throw new Error("Rate-limit key must be a non-empty (hashed) string");
  if (!rule.prefix) throw new Error("Rate-limit rule needs a non-empty prefix");
  if (!Number.isInteger(rule.limit) || rule.limit < 1) {
    throw new Error(`Rate-limit limit must be a positive integer, got ${rule.limit}`);
  }
  if (!Number.isInteger(rule.windowSeconds) || rule.windowSeconds < 1) {
    throw new Error(`Rate-limit windowSeconds must be a positive integer, got ${rule.windowSeconds}`);
  }
}

/** Builds a result from an adapter's raw figures; shared so every adapter rounds Retry-After the same way. */
export function toResult(input: Omit<RateLimitResult, "retryAfterSeconds"> & { now: number }): RateLimitResult {
  const { allowed, limit, resetAt, now } = input;
  return {
    allowed,
    limit,
    remaining: allowed ? Math.max(0, input.remaining) : 0,
    resetAt,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAt - now) / 1000)),
  };
}
