/**
 * The saved history at any size: keyset pages of the list, the real count, and progress over the whole history. Each
 * selects only what its view shows. Same conventions as practice.ts: the scoped handle first, the owner's id always.
 */
import "server-only";
import { and, count, desc, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { practiceSessions } from "../schema";

/** Where a page of the history starts: after this session in newest-first order (see lib/practice/session/history-cursor.ts). */
export type SavedSessionKey = { startedAt: string; id: string };

/** One row of the history list: only the columns the list shows, no questions, summary or job description. */
export type SavedSessionListRow = {
  id: string;
  startedAt: Date;
  /** started_at to the microsecond, in UTC: the next page's cursor (a Date would lose the microseconds). */
  startedAtKey: string;
  interviewType: string;
  overallScore: number | null;
  questionCount: number;
  /** The summary's answeredCount as stored (text), for the service to check. */
  answeredCount: string | null;
};

const UTC_MICROSECONDS = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/** A timestamptz as ISO 8601 text in UTC with microseconds. */
function utcText(column: SQL | typeof practiceSessions.startedAt) {
  return sql<string>`to_char(${column} at time zone 'UTC', ${sql.raw(UTC_MICROSECONDS)})`;
}

/**
 * One page of the owner's saved sessions, newest first (started_at, then id, both descending), strictly after
 * `after` when given. Keyset: the row comparison walks the partial index practice_sessions_user_saved_started_idx
 * (migration 0004) from the cursor, so a deep page costs what the first does.
 */
export async function listSavedPracticeSessionPage(
  db: ScopedDb,
  userId: string,
  page: { after?: SavedSessionKey | null; limit: number },
): Promise<SavedSessionListRow[]> {
  return runScoped(db, async (conn) => {
    const after = page.after
      ? sql`(${practiceSessions.startedAt}, ${practiceSessions.id}) < (${page.after.startedAt}::timestamptz, ${page.after.id}::uuid)`
      : undefined;
    return conn
      .select({
        id: practiceSessions.id,
        startedAt: practiceSessions.startedAt,
        startedAtKey: utcText(practiceSessions.startedAt),
        interviewType: practiceSessions.interviewType,
        overallScore: practiceSessions.overallScore,
        questionCount: practiceSessions.questionCount,
        answeredCount: sql<string | null>`${practiceSessions.summary} ->> 'answeredCount'`,
      })
      .from(practiceSessions)
      .where(and(eq(practiceSessions.userId, userId), eq(practiceSessions.status, "saved"), after))
      .orderBy(desc(practiceSessions.startedAt), desc(practiceSessions.id))
      .limit(page.limit);
  });
}

/** How many saved sessions the owner has (an index-only count on the partial index). */
export async function countSavedPracticeSessions(db: ScopedDb, userId: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ n: count() })
      .from(practiceSessions)
      .where(and(eq(practiceSessions.userId, userId), eq(practiceSessions.status, "saved")));
    return row?.n ?? 0;
  });
}

/** One point of the progress series as the database computes it; the scores are rounded means. */
export type ProgressRow = {
  /** The session's start, or the Monday 00:00 UTC that starts the week; ISO 8601 in UTC. */
  periodStart: string;
  /** The session, when the series is per session; null for a week. */
  sessionId: string | null;
  sessions: number;
  structure: number;
  relevance: number;
  specificity: number;
  impact: number;
};

/** The first Monday of 1900, 00:00 UTC: the origin of the weekly bins, before any session. */
const MONDAY_ORIGIN = "1900-01-01T00:00:00Z";

/**
 * The owner's progress over their whole saved history, oldest first: per session while there are at most
 * `weeklyAbove` scored sessions, otherwise per week (weeks start on Monday, UTC), each point the rounded mean of the
 * four rubric dimensions of its sessions. It reads the score columns PostgreSQL derives from each summary (migration
 * 0007), never the summary: unpacking 10,000 summaries took about 75 ms. A session whose summary lacks a valid
 * dimension has a null there and is left out. One statement, so the choice of granularity and the points come from
 * the same snapshot; both scans are index-only on practice_sessions_user_saved_started_idx, which carries the scores.
 * Weeks are 7-day bins from a Monday (date_bin): in UTC that is date_trunc('week'), without the time zone arithmetic
 * per row.
 */
export async function listSavedSessionProgress(db: ScopedDb, userId: string, weeklyAbove: number): Promise<ProgressRow[]> {
  return runScoped(db, async (conn) => {
    const scored = and(
      eq(practiceSessions.userId, userId),
      eq(practiceSessions.status, "saved"),
      isNotNull(practiceSessions.structureScore),
      isNotNull(practiceSessions.relevanceScore),
      isNotNull(practiceSessions.specificityScore),
      isNotNull(practiceSessions.impactScore),
    );
    const result = await conn.execute(sql`
      with granularity as (
        select count(*) > ${weeklyAbove}::integer as weekly from ${practiceSessions} where ${scored}
      ), points as (
        select case when (select weekly from granularity)
            then date_bin('7 days', ${practiceSessions.startedAt}, ${MONDAY_ORIGIN}::timestamptz)
            else ${practiceSessions.startedAt} end as period_start,
          case when (select weekly from granularity) then null else ${practiceSessions.id} end as session_id,
          count(*)::integer as sessions,
          round(avg(${practiceSessions.structureScore}))::integer as structure,
          round(avg(${practiceSessions.relevanceScore}))::integer as relevance,
          round(avg(${practiceSessions.specificityScore}))::integer as specificity,
          round(avg(${practiceSessions.impactScore}))::integer as impact
        from ${practiceSessions}
        where ${scored}
        group by 1, 2
      )
      select ${utcText(sql`period_start`)} as "periodStart", session_id::text as "sessionId", sessions,
        structure, relevance, specificity, impact
      from points
      order by period_start, session_id`);
    return (result as unknown as { rows: ProgressRow[] }).rows;
  });
}
