/**
 * The data-rights retention sweeps, set-based across every user and organisation: each is one statement that deletes
 * what its period has run out on and returns how many rows went. They run as the system principal (rehearse_system),
 * whose policies see every row; the cut-off instants come from lib/jobs/retention-rules.ts.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";

const countOf = (result: unknown) =>
  Number((result as { rowCount?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0);

const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/**
 * Deletes saved practice sessions (answers cascade) of users who chose a retention period, started before the cut-off
 * for their choice. Users with no settings row, or with `keep`, lose nothing.
 */
export async function deleteSavedPracticeSessionsPastRetention(
  db: ScopedDb,
  startedBefore: { "90d": Date; "1y": Date },
): Promise<number> {
  return runScoped(db, async (conn) =>
    countOf(
      await conn.execute(sql`
        delete from practice_sessions s
        using account_settings a
        where a.user_id = s.user_id and s.status = 'saved'
          and ((a.practice_retention = '90d' and s.started_at < ${at(startedBefore["90d"])})
            or (a.practice_retention = '1y' and s.started_at < ${at(startedBefore["1y"])}))`),
    ),
  );
}

/** Deletes audit events recorded before `before`: the one deletion the append-only log allows besides anonymisation. */
export async function deleteAuditEventsBefore(db: ScopedDb, before: Date): Promise<number> {
  return runScoped(db, async (conn) => countOf(await conn.execute(sql`delete from audit_events where created_at < ${at(before)}`)));
}

/** Deletes sign-in history recorded before `before`. */
export async function deleteSignInEventsBefore(db: ScopedDb, before: Date): Promise<number> {
  return runScoped(db, async (conn) => countOf(await conn.execute(sql`delete from sign_in_events where created_at < ${at(before)}`)));
}

/** Deletes member invites still pending (never answered) that expired before `expiredBefore`; answered ones stay. */
export async function deleteExpiredOrganisationInvites(db: ScopedDb, expiredBefore: Date): Promise<number> {
  return runScoped(db, async (conn) =>
    countOf(
      await conn.execute(sql`
        delete from organisation_invites where status = 'pending' and expires_at < ${at(expiredBefore)}`),
    ),
  );
}

/**
 * Deletes candidate invites whose deadline passed before `expiredBefore` without the candidate ever starting: never
 * opened or only opened, and no attempt. An invite with an attempt stays for its organisation's retention period.
 */
export async function deleteUnusedCandidateInvites(db: ScopedDb, expiredBefore: Date): Promise<number> {
  return runScoped(db, async (conn) =>
    countOf(
      await conn.execute(sql`
        delete from candidate_invites i
        where i.status in ('invited', 'opened') and i.deadline_at < ${at(expiredBefore)}
          and not exists (select 1 from assessment_attempts a where a.invite_id = i.id)`),
    ),
  );
}

/** Deletes local sign-in sessions that were over (signed out, or expired, whichever came first) before `before`. */
export async function deleteEndedAuthSessions(db: ScopedDb, before: Date): Promise<number> {
  return runScoped(db, async (conn) =>
    // least() skips a null ended_at, so an open session counts from its expiry.
    countOf(await conn.execute(sql`delete from auth_sessions where least(ended_at, expires_at) < ${at(before)}`)),
  );
}
