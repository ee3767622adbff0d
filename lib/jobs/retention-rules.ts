/**
 * How long each kind of row lives before a retention job removes it. The jobs, the data map and the public pages all
 * read these numbers, so a page cannot promise a period the code does not enforce.
 */
import type { PracticeRetentionChoice } from "@/db/schema/privacy";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Saved practice sessions, by the user's choice (`keep`, the default, has no period). */
export const PRACTICE_RETENTION_DAYS: Readonly<Record<Exclude<PracticeRetentionChoice, "keep">, number>> = { "90d": 90, "1y": 365 };

/** Audit events and sign-in history, counted from the event. */
export const AUDIT_RETENTION_DAYS = 365;
export const SIGN_IN_RETENTION_DAYS = 365;

/** Member invites still pending, and candidate invites never used, counted from their expiry. */
export const EXPIRED_INVITE_RETENTION_DAYS = 30;

/** Local sign-in sessions, counted from when they ended or expired, whichever came first. */
export const ENDED_SESSION_RETENTION_DAYS = 30;

/** The job run log itself. */
export const JOB_RUN_RETENTION_DAYS = 90;

/** The instant `days` days before `now`: rows older than it are past their period. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
