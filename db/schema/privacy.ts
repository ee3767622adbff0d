/**
 * Data rights (issue #14): each sign-in as the user can review it, the user's own privacy settings, and the record of
 * every scheduled job's runs that operators read. Sign-ins and settings are the user's and cascade from the account;
 * job runs are nobody's.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./core";

/** How long saved practice sessions are kept; the check constraint in the migration holds the same list. */
export const PRACTICE_RETENTION_CHOICES = ["keep", "90d", "1y"] as const;
export type PracticeRetentionChoice = (typeof PRACTICE_RETENTION_CHOICES)[number];

/** How a sign-in happened; the check constraint in the migration holds the same list. */
export const SIGN_IN_METHODS = ["local", "clerk"] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** Outcome of one job run. */
export const JOB_RUN_OUTCOMES = ["succeeded", "failed", "skipped"] as const;
export type JobRunOutcome = (typeof JOB_RUN_OUTCOMES)[number];

/**
 * One sign-in, as the user sees it in their history. Device and browser are words derived from the user agent (never
 * the raw string); the IP only as its salted hash. `session_id` makes recording idempotent: with Clerk the first
 * request of a session records it, however many requests race.
 */
export const signInEvents = pgTable(
  "sign_in_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: text("session_id"),
    method: text("method", { enum: SIGN_IN_METHODS }).notNull(),
    device: text("device"),
    browser: text("browser"),
    ipHash: text("ip_hash"),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [
    // The user's history, newest first, and the cascade from users.
    index("sign_in_events_user_created_idx").on(t.userId, t.createdAt.desc()),
    // Serves the retention sweep (older than a year).
    index("sign_in_events_created_idx").on(t.createdAt),
    // One row per session; sessions without an id (none today) are not deduplicated.
    uniqueIndex("sign_in_events_session_unique")
      .on(t.sessionId)
      .where(sql`${t.sessionId} is not null`),
    check("sign_in_events_method_check", sql`${t.method} in ('local', 'clerk')`),
  ],
);

/** The user's own privacy settings; one row per user, written when they first change a default. */
export const accountSettings = pgTable(
  "account_settings",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** How long saved practice sessions are kept before the retention job deletes them. */
    practiceRetention: text("practice_retention", { enum: PRACTICE_RETENTION_CHOICES }).notNull().default("keep"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("account_settings_practice_retention_check", sql`${t.practiceRetention} in ('keep', '90d', '1y')`)],
);

/** One run of a scheduled job (retention and reminders): what it did and how long it took. Nobody's data. */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    job: text("job").notNull(),
    /** Where the run was triggered: the in-process scheduler, the cron route, or the CLI. */
    trigger: text("trigger").notNull(),
    outcome: text("outcome", { enum: JOB_RUN_OUTCOMES }).notNull(),
    rowsAffected: integer("rows_affected").notNull().default(0),
    durationMs: integer("duration_ms").notNull(),
    /** An error's class and code only, never its message (which may quote data). */
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [
    // The last run of each job, and the sweep of old runs.
    index("job_runs_job_started_idx").on(t.job, t.startedAt.desc()),
    check("job_runs_outcome_check", sql`${t.outcome} in ('succeeded', 'failed', 'skipped')`),
  ],
);

export type SignInEvent = typeof signInEvents.$inferSelect;
export type AccountSettings = typeof accountSettings.$inferSelect;
export type JobRun = typeof jobRuns.$inferSelect;
