/**
 * The saved history at scale (issue #10): keyset pages that neither repeat nor skip a session (ties on the start time,
 * starts a microsecond apart, sessions saved while paging), real counts, and progress over the whole history, weekly
 * past 100 sessions. Sessions are inserted directly, many at once: through the services each costs a full loop and
 * the daily allowance is 10.
 */
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as sessionsRoute from "@/app/api/practice/sessions/route";
import { getDb } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import { countSavedSessions, listSavedSessions, practiceDashboard, progressSeries } from "@/lib/practice/session";
import { decodeHistoryCursor } from "@/lib/practice/session/history-cursor";
import type { AnswerScores } from "@/lib/practice/session/records";
import { contextFor, createTestUser, signedInTestUser } from "@/tests/helpers/context";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

type Seed = { startedAt: string; status?: "saved" | "in_progress"; scores?: AnswerScores | null };

const MIDDLING: AnswerScores = { structure: 40, relevance: 40, specificity: 40, impact: 40 };
const flat = (value: number): AnswerScores => ({ structure: value, relevance: value, specificity: value, impact: value });

/** Inserts the sessions in one statement; `scores: null` stores a summary from an older format, without dimensions. */
async function seed(userId: string, rows: Seed[]): Promise<void> {
  const db = await getDb();
  await db.insert(practiceSessions).values(
    rows.map((row) => ({
      userId,
      interviewType: "mixed",
      status: row.status ?? "saved",
      questionCount: 3,
      startedAt: sql`${row.startedAt}::timestamptz`,
      summary: row.scores === null ? { version: "0" } : { answeredCount: 2, questionCount: 3, dimensions: row.scores ?? MIDDLING },
      overallScore: 60,
    })),
  );
}

/** The owner's saved session ids in the order the history promises: newest first, ties by id descending. */
async function expectedOrder(userId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: practiceSessions.id })
    .from(practiceSessions)
    .where(and(eq(practiceSessions.userId, userId), eq(practiceSessions.status, "saved")))
    .orderBy(sql`${practiceSessions.startedAt} desc, ${practiceSessions.id} desc`);
  return rows.map((row) => row.id);
}

/** Every page, following nextCursor, as the dashboard and the API do. */
async function pageThrough(ctx: ReturnType<typeof contextFor>, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await listSavedSessions(ctx, { cursor: cursor ? decodeHistoryCursor(cursor) : null, limit });
    pages.push(page.sessions.map((session) => session.id));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

const hoursBefore = (iso: string, hours: number) => new Date(Date.parse(iso) - hours * 3_600_000).toISOString();
const daysBefore = (iso: string, days: number) => hoursBefore(iso, days * 24);

describe("history pages", () => {
  it("lists every saved session exactly once, newest first, across ties and starts a microsecond apart", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const tie = "2026-01-10T12:00:00.000000Z";
    await seed(user.id, [
      ...Array.from({ length: 6 }, () => ({ startedAt: tie })),
      ...["000001", "000002", "000003", "000999"].map((micros) => ({ startedAt: `2026-01-10T12:00:00.${micros}Z` })),
      ...Array.from({ length: 5 }, (_, i) => ({ startedAt: hoursBefore(tie, i + 1) })),
      { startedAt: tie, status: "in_progress" },
    ]);
    await seed(other.id, Array.from({ length: 5 }, () => ({ startedAt: tie })));

    const pages = await pageThrough(contextFor(user), 4);
    expect(pages.map((page) => page.length)).toEqual([4, 4, 4, 3]);
    expect(pages.flat()).toEqual(await expectedOrder(user.id));
    expect(pages.flat()).toHaveLength(15);
  });

  it("continues where it left off when a session is saved between two pages", async () => {
    const user = await createTestUser();
    const ctx = contextFor(user);
    const start = "2026-02-01T09:00:00Z";
    await seed(user.id, Array.from({ length: 6 }, (_, i) => ({ startedAt: hoursBefore(start, i) })));
    const before = await expectedOrder(user.id);

    const first = await listSavedSessions(ctx, { limit: 3 });
    await seed(user.id, [{ startedAt: hoursBefore(start, -1) }, { startedAt: start }]);
    const second = await listSavedSessions(ctx, { cursor: decodeHistoryCursor(first.nextCursor!), limit: 3 });

    expect(first.sessions.map((s) => s.id)).toEqual(before.slice(0, 3));
    expect(second.sessions.map((s) => s.id)).toEqual(before.slice(3, 6));
    expect(second.nextCursor).toBeNull();
  });
});

describe("GET /api/practice/sessions", () => {
  const get = (cookie: string, query = "") =>
    callThroughProxy(sessionsRoute.GET, new Request(`http://localhost:3000/api/practice/sessions${query}`, { headers: { cookie } }));

  it("answers pages of 50 with a nextCursor to follow, and null on the last page", async () => {
    const { user, cookie } = await signedInTestUser();
    const stranger = await createTestUser();
    await seed(user.id, Array.from({ length: 55 }, (_, i) => ({ startedAt: daysBefore("2026-03-01T10:00:00Z", i) })));
    await seed(stranger.id, Array.from({ length: 3 }, () => ({ startedAt: "2026-03-01T10:00:00Z" })));

    const first = await get(cookie);
    expect(first.status).toBe(200);
    const firstBody = (await first.json()) as { sessions: { id: string }[]; nextCursor: string };
    expect(firstBody.sessions).toHaveLength(50);
    const rest = (await (await get(cookie, `?cursor=${firstBody.nextCursor}&limit=10`)).json()) as typeof firstBody;
    expect(rest.nextCursor).toBeNull();
    expect([...firstBody.sessions, ...rest.sessions].map((s) => s.id)).toEqual(await expectedOrder(user.id));
  });

  it.each([
    ["a cursor that was not issued", "?cursor=not-a-cursor", "cursor"],
    ["a limit over 100", "?limit=500", "limit"],
    // Unknown parameters are refused as a whole, under "_", as every strict input is.
    ["an unknown parameter", "?page=2", "_"],
  ])("refuses %s with 422 JSON naming the field", async (_label, query, field) => {
    const { cookie } = await signedInTestUser();
    const response = await get(cookie, query);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe("unprocessable");
    expect(Object.keys(body.error.fields)).toContain(field);
  });
});

describe("history counts", () => {
  it("counts every saved session, not the page, for the list and the delete-all confirmation", async () => {
    const user = await createTestUser();
    const ctx = contextFor(user);
    await seed(user.id, [
      ...Array.from({ length: 520 }, (_, i) => ({ startedAt: hoursBefore("2026-04-01T08:00:00Z", i) })),
      { startedAt: "2026-04-01T09:00:00Z", status: "in_progress" as const },
    ]);
    expect(await countSavedSessions(ctx)).toBe(520);

    const dashboard = await practiceDashboard(ctx);
    expect(dashboard).toMatchObject({ savedCount: 520, olderPage: false });
    expect(dashboard.history.sessions).toHaveLength(20);

    const older = await practiceDashboard(ctx, { before: dashboard.history.nextCursor! });
    expect(older.olderPage).toBe(true);
    expect(older.history.sessions.map((s) => s.id)).toEqual((await expectedOrder(user.id)).slice(20, 40));

    const garbled = await practiceDashboard(ctx, { before: "garbled" });
    expect(garbled.olderPage).toBe(false);
    expect(garbled.history).toEqual(dashboard.history);
  });
});

/** The Monday 00:00 UTC starting the week of `iso`. */
function weekOf(iso: string): string {
  const day = new Date(iso.slice(0, 10) + "T00:00:00Z");
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString();
}

describe("progress over the whole history", () => {
  it("includes the newest session of a 600-session history, in weekly points from the oldest week", async () => {
    const user = await createTestUser();
    const newest = "2026-05-20T10:00:00Z";
    const oldest = daysBefore(newest, 14 + 598);
    await seed(user.id, [
      { startedAt: newest, scores: flat(90) },
      ...Array.from({ length: 599 }, (_, i) => ({ startedAt: daysBefore(newest, 14 + i) })),
    ]);
    const series = await progressSeries(contextFor(user));
    expect(series).toMatchObject({ granularity: "week", sessionCount: 600 });
    expect(series.points.at(0)?.date.toISOString()).toBe(weekOf(oldest));
    expect(series.points.at(-1)).toEqual({ date: new Date(weekOf(newest)), sessionId: null, sessions: 1, ...flat(90) });
    expect(series.points.reduce((total, point) => total + point.sessions, 0)).toBe(600);
  });

  it("is per session up to 100 scored sessions, then groups Monday-to-Sunday UTC weeks with rounded means", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const ctx = contextFor(user);
    await seed(user.id, [
      ...Array.from({ length: 98 }, (_, i) => ({ startedAt: `2026-02-03T10:${String(i % 60).padStart(2, "0")}:00Z`, scores: flat(60) })),
      { startedAt: "2026-02-08T23:59:59.999999Z", scores: flat(60) },
      { startedAt: "2026-02-09T00:00:00Z", scores: { structure: 77, relevance: 10, specificity: 0, impact: 100 } },
      { startedAt: "2026-02-09T12:00:00Z", scores: null },
    ]);
    await seed(other.id, Array.from({ length: 5 }, () => ({ startedAt: "2026-02-09T01:00:00Z", scores: flat(0) })));

    const perSession = await progressSeries(ctx);
    expect(perSession).toMatchObject({ granularity: "session", sessionCount: 100 });
    expect(perSession.points).toHaveLength(100);
    expect(perSession.points.at(-1)?.date.toISOString()).toBe("2026-02-09T00:00:00.000Z");

    await seed(user.id, [{ startedAt: "2026-02-15T23:00:00Z", scores: { structure: 80, relevance: 11, specificity: 1, impact: 100 } }]);
    const weekly = await progressSeries(ctx);
    expect(weekly).toEqual({
      granularity: "week",
      sessionCount: 101,
      points: [
        { date: new Date("2026-02-02T00:00:00Z"), sessionId: null, sessions: 99, ...flat(60) },
        // (77 + 80) / 2 = 78.5 and (10 + 11) / 2 = 10.5 round half away from zero.
        { date: new Date("2026-02-09T00:00:00Z"), sessionId: null, sessions: 2, structure: 79, relevance: 11, specificity: 1, impact: 100 },
      ],
    });
  });
});
