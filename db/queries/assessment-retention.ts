/**
 * The assessment retention sweep, set-based so one statement handles every organisation: the proctoring timeline goes
 * 30 days after submission, and once an organisation's retention period has passed, the candidate's name, email and
 * answer text go too (the scores and the per-attempt counts stay, anonymous, for the assessment's statistics). Runs as
 * the system principal (rehearse_system), whose policies see every organisation.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";

const countOf = (result: unknown) => Number((result as { rowCount?: number; affectedRows?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0);

/**
 * Deletes proctoring events of attempts submitted before `submittedBefore`, and of attempts never submitted whose
 * invite's deadline passed before it. Returns how many events went.
 */
export async function deleteProctoringTimelinesBefore(db: ScopedDb, submittedBefore: Date): Promise<number> {
  return runScoped(db, async (conn) =>
    countOf(
      await conn.execute(sql`
        delete from proctoring_events e
        using assessment_attempts a, candidate_invites i
        where e.attempt_id = a.id and i.id = a.invite_id
          and coalesce(a.submitted_at, i.deadline_at) < ${submittedBefore.toISOString()}::timestamptz`),
    ),
  );
}

/**
 * Anonymises every candidate whose retention period (their organisation's, in days) has run out at `now`: counted
 * from the latest submission, or from the invite's deadline when nothing was submitted. Returns how many candidates.
 */
export async function anonymiseCandidatesPastRetention(db: ScopedDb, now: Date): Promise<number> {
  return runScoped(db, async (conn) => {
    const due = sql`
      select i.id from candidate_invites i
      join organisations o on o.id = i.org_id
      left join lateral (select max(a.submitted_at) as submitted_at from assessment_attempts a where a.invite_id = i.id) s on true
      where i.anonymised_at is null
        and coalesce(s.submitted_at, i.deadline_at) + make_interval(days => o.retention_days) < ${now.toISOString()}::timestamptz`;
    await conn.execute(sql`
      update assessment_answers set answer_text = '', evaluation = null
      where invite_id in (${due})`);
    await conn.execute(sql`update assessment_attempts set consent_ip_hash = null where invite_id in (${due})`);
    await conn.execute(sql`delete from proctoring_events where invite_id in (${due})`);
    return countOf(
      await conn.execute(sql`
        update candidate_invites
        set candidate_name = 'Deleted candidate', candidate_email = 'deleted-' || id || '@invalid', anonymised_at = ${now.toISOString()}::timestamptz
        where id in (${due})`),
    );
  });
}
