/**
 * The score columns behind the progress series (issue #10, migration 0007): PostgreSQL derives them from the summary
 * when a session is finished, the migration's backfill derives the same values for sessions written before it, and the
 * series built from them has the points the old query computed by unpacking each summary's JSON.
 */
import { eq, sql } from "drizzle-orm";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { migrationsFolder } from "@/db/migrate";
import { practiceSessions, type JsonObject } from "@/db/schema";
import { parseInput } from "@/lib/api/validation";
import {
  answerInputSchema,
  answerQuestion,
  finishSession,
  getSessionDetail,
  progressSeries,
  saveSession,
  startSession,
} from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER, WEAK_ANSWER } from "@/lib/practice/session/answers.fixture";
import { type ProgressRowInput, toProgressSeries, WEEKLY_ABOVE_SESSIONS } from "@/lib/practice/progress/progress-series";
import { contextFor, createTestUser } from "@/tests/helpers/context";

const SCORE_COLUMNS = {
  structure: practiceSessions.structureScore,
  relevance: practiceSessions.relevanceScore,
  specificity: practiceSessions.specificityScore,
  impact: practiceSessions.impactScore,
};

async function scoresOf(sessionId: string) {
  const db = await getDb();
  const [row] = await db.select(SCORE_COLUMNS).from(practiceSessions).where(eq(practiceSessions.id, sessionId));
  return row;
}

/** What the series computed before migration 0007: each summary's JSON unpacked, then grouped (kept as the reference). */
async function progressFromSummaryJson(userId: string, weeklyAbove: number): Promise<ProgressRowInput[]> {
  const db = await getDb();
  const dimension = (name: string) => sql.raw(`case when jsonb_typeof(d -> '${name}') = 'number' then (d -> '${name}')::numeric end`);
  const result = await db.execute(sql`
    with scored as materialized (
      select * from (
        select id, started_at, ${dimension("structure")} as structure, ${dimension("relevance")} as relevance,
          ${dimension("specificity")} as specificity, ${dimension("impact")} as impact
        from (select id, started_at, summary -> 'dimensions' as d from practice_sessions
              where user_id = ${userId} and status = 'saved') as extracted
      ) as parsed
      where structure between 0 and 100 and relevance between 0 and 100 and specificity between 0 and 100 and impact between 0 and 100
    ), granularity as materialized (select count(*) > ${weeklyAbove}::integer as weekly from scored)
    select to_char(period_start at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "periodStart", session_id::text as "sessionId",
      sessions, structure, relevance, specificity, impact
    from (
      select case when (select weekly from granularity) then date_trunc('week', started_at, 'UTC') else started_at end as period_start,
        case when (select weekly from granularity) then null else id end as session_id, count(*)::integer as sessions,
        round(avg(structure))::integer as structure, round(avg(relevance))::integer as relevance,
        round(avg(specificity))::integer as specificity, round(avg(impact))::integer as impact
      from scored group by 1, 2
    ) as points
    order by period_start, session_id`);
  return (result as unknown as { rows: ProgressRowInput[] }).rows;
}

/** Summaries as the app writes them, and as older or damaged rows hold them (the series leaves those out). */
function summaryFor(i: number): JsonObject | null {
  const dimensions = { structure: (i * 7) % 101, relevance: (i * 11) % 101, specificity: (i * 13) % 101, impact: (i * 17) % 101 };
  if (i % 23 === 5) return { version: "0" };
  if (i % 29 === 7) return null;
  if (i % 31 === 3) return { dimensions: { ...dimensions, impact: "80" } };
  if (i % 37 === 4) return { dimensions: { ...dimensions, structure: 101 } };
  if (i % 41 === 6) return { dimensions: { ...dimensions, relevance: -1 } };
  if (i % 43 === 8) return { dimensions: { structure: 50, relevance: 50, specificity: 50 } };
  return { answeredCount: 2, questionCount: 3, dimensions };
}

/**
 * `count` saved sessions starting `hours` apart back from a Monday midnight UTC, so weeks split at their exact edge:
 * the first is a microsecond before, the second on it.
 */
async function seedHistory(userId: string, count: number, hours: number) {
  const db = await getDb();
  const edge = Date.parse("2026-03-02T00:00:00Z");
  await db.insert(practiceSessions).values(
    Array.from({ length: count }, (_, i) => ({
      userId,
      interviewType: "mixed",
      status: i % 19 === 2 ? ("in_progress" as const) : ("saved" as const),
      questionCount: 3,
      startedAt: i === 0 ? sql`'2026-03-01T23:59:59.999999Z'::timestamptz` : new Date(edge - (i - 1) * hours * 3_600_000),
      summary: summaryFor(i),
      overallScore: 50,
    })),
  );
}

describe("the score columns", () => {
  it("are written when a session is finished, equal to its summary's dimensions, and kept when it is saved", async () => {
    const user = await createTestUser();
    const ctx = contextFor(user);
    const session = await startSession(ctx, { type: "mixed", count: 3 });
    await answerQuestion(ctx, session.id, 1, parseInput(answerInputSchema, answerBody(STRONG_ANSWER)));
    await answerQuestion(ctx, session.id, 2, parseInput(answerInputSchema, answerBody(WEAK_ANSWER)));
    expect(await scoresOf(session.id)).toEqual({ structure: null, relevance: null, specificity: null, impact: null });

    await finishSession(ctx, session.id);
    const { summary } = await getSessionDetail(ctx, session.id);
    expect(summary?.dimensions).toBeDefined();
    expect(await scoresOf(session.id)).toEqual(summary!.dimensions);

    await saveSession(ctx, session.id);
    expect(await scoresOf(session.id)).toEqual(summary!.dimensions);
  });

  it("are null for a dimension that is missing, not a number, out of 0–100 or not whole", async () => {
    const user = await createTestUser();
    const db = await getDb();
    const dimensions = { structure: "70", relevance: 100.5, specificity: 40.5, impact: 0 };
    const [row] = await db
      .insert(practiceSessions)
      .values({ userId: user.id, interviewType: "mixed", status: "saved", questionCount: 3, summary: { dimensions } })
      .returning({ id: practiceSessions.id });
    expect(await scoresOf(row!.id)).toEqual({ structure: null, relevance: null, specificity: null, impact: 0 });
  });
});

describe("the backfill of migration 0007", () => {
  /** The migration's ALTER TABLE, which computes the columns of every existing row, aimed at another table. */
  function backfillStatement(table: string): string {
    const migration = fs.readFileSync(path.join(migrationsFolder(), "0007_progress_scores.sql"), "utf8");
    const statement = migration.split("--> statement-breakpoint").find((part) => part.includes("ADD COLUMN"));
    if (!statement) throw new Error("migration 0007 has no ADD COLUMN statement");
    return statement.replace(/^--.*$/gm, "").replace('ALTER TABLE "practice_sessions"', `ALTER TABLE ${table}`);
  }

  it("gives rows written before it the scores a finished session gets", async () => {
    const user = await createTestUser();
    await seedHistory(user.id, 60, 30);
    const db = await getDb();
    const mismatches = await db.transaction(async (tx) => {
      // The rows as they were before 0007: no score columns. Then the migration's own statement fills them in.
      await tx.execute(sql`create temp table sessions_before_0007 on commit drop as
        select id, summary from practice_sessions where user_id = ${user.id}`);
      await tx.execute(sql.raw(backfillStatement("sessions_before_0007")));
      const found = await tx.execute(sql`
        select count(*)::integer as n from sessions_before_0007 b join practice_sessions s using (id)
        where (b.structure_score, b.relevance_score, b.specificity_score, b.impact_score)
          is distinct from (s.structure_score, s.relevance_score, s.specificity_score, s.impact_score)`);
      return (found as unknown as { rows: { n: number }[] }).rows[0]!.n;
    });
    expect(mismatches).toBe(0);
  });

  it.each([
    ["per session", 40, 30, "session"],
    ["per week, across week edges", 260, 17, "week"],
  ] as const)("computes the series the summary JSON gave, %s", async (_label, count, hours, granularity) => {
    const user = await createTestUser();
    await seedHistory(user.id, count, hours);
    const fromColumns = await progressSeries(contextFor(user));
    const fromJson = toProgressSeries(await progressFromSummaryJson(user.id, WEEKLY_ABOVE_SESSIONS));
    expect(fromColumns.granularity).toBe(granularity);
    expect(fromColumns.points.length).toBeGreaterThan(10);
    expect(fromColumns).toEqual(fromJson);
  });
});
