/**
 * The second wall: row-level security (migration 0002) behind every query's own owner filter. These tests call the
 * db/queries functions with ANOTHER user's id through a user's scoped handle, a bug the owner filter alone would let
 * through, and prove PostgreSQL hides and protects the other user's rows anyway.
 */
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listAuditEventsForUser } from "@/db/queries/audit";
import {
  completePracticeSession,
  countSavedPracticeSessions,
  createPracticeSession,
  deleteAllPracticeSessions,
  deletePracticeSession,
  findPracticeSession,
  listPracticeAnswers,
  listSavedPracticeSessionPage,
  listSavedSessionProgress,
  listUnsavedPracticeSessions,
  markPracticeSessionSaved,
  upsertPracticeAnswerWhileOpen,
} from "@/db/queries/practice";
import { getProfile, saveProfile } from "@/db/queries/profiles";
import { practiceAnswers, practiceSessions } from "@/db/schema";
import { parseInput } from "@/lib/api/validation";
import type { UserContext } from "@/lib/context/request-context";
import { answerInputSchema, answerQuestion, finishSession, saveSession, SESSION_TIME_LIMIT_MS, startSession } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { newUserContext, systemContextFor } from "@/tests/helpers/context";

const answer = () => parseInput(answerInputSchema, answerBody(STRONG_ANSWER));

/** User B with a saved session and an open one (each with one answer), a profile and audit events. */
async function otherUsersData(ctxB: UserContext) {
  const saved = await startSession(ctxB, { type: "behavioural", count: 3 });
  await answerQuestion(ctxB, saved.id, 1, answer());
  await finishSession(ctxB, saved.id);
  await saveSession(ctxB, saved.id);
  const open = await startSession(ctxB, { type: "mixed", count: 3 });
  await answerQuestion(ctxB, open.id, 1, answer());
  await saveProfile(ctxB.db, ctxB.principal.user.id, { targetRole: "Data Engineer" });
  return { saved, open };
}

/** The rows the superuser handle (no row-level security) sees for a session. */
async function rawRows(sessionId: string) {
  const db = await getDb();
  const [session] = await db.select().from(practiceSessions).where(eq(practiceSessions.id, sessionId));
  const [answers] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, sessionId));
  return { status: session?.status, answers: Number(answers?.n) };
}

/** The PostgreSQL SQLSTATE behind a (possibly wrapped) driver error. */
function sqlStateOf(error: unknown): unknown {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 8; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === "string") return code;
    current = cause;
  }
  return undefined;
}

describe("row-level security behind the owner filter", () => {
  it("hides another user's rows from a user's handle even when a query is given that user's id", async () => {
    const ctxA = await newUserContext({ services: { ai: null } });
    const ctxB = await newUserContext({ services: { ai: null } });
    const userB = ctxB.principal.user;
    const { saved, open } = await otherUsersData(ctxB);

    // The owner filter lets these calls through: the system handle (every row visible) and B's own handle find them.
    const system = systemContextFor("rls-check");
    expect(await findPracticeSession(system.db, userB.id, saved.id)).toMatchObject({ id: saved.id, status: "saved" });
    expect((await listSavedPracticeSessionPage(ctxB.db, userB.id, { limit: 10 })).map((row) => row.id)).toEqual([saved.id]);
    expect(await listPracticeAnswers(ctxB.db, userB.id, open.id)).toHaveLength(1);
    expect(await getProfile(ctxB.db, userB.id)).not.toBeNull();
    expect(await listAuditEventsForUser(ctxB.db, userB.id)).not.toEqual([]);

    // A's handle with B's id: PostgreSQL filters out what the owner filter would have matched.
    expect(await findPracticeSession(ctxA.db, userB.id, saved.id)).toBeNull();
    expect(await findPracticeSession(ctxA.db, userB.id, open.id, { lock: true })).toBeNull();
    expect(await listSavedPracticeSessionPage(ctxA.db, userB.id, { limit: 10 })).toEqual([]);
    expect(await countSavedPracticeSessions(ctxA.db, userB.id)).toBe(0);
    expect(await listSavedSessionProgress(ctxA.db, userB.id, 100)).toEqual([]);
    expect(await listUnsavedPracticeSessions(ctxA.db, userB.id, new Date(0))).toEqual([]);
    expect(await listPracticeAnswers(ctxA.db, userB.id, open.id)).toEqual([]);
    expect(await getProfile(ctxA.db, userB.id)).toBeNull();
    expect(await listAuditEventsForUser(ctxA.db, userB.id)).toEqual([]);
  });

  it("refuses to let a user's handle change, delete or create another user's rows given that user's id", async () => {
    const ctxA = await newUserContext({ services: { ai: null } });
    const ctxB = await newUserContext({ services: { ai: null } });
    const userB = ctxB.principal.user;
    const { saved, open } = await otherUsersData(ctxB);
    const now = new Date();

    expect(await completePracticeSession(ctxA.db, userB.id, open.id, { summary: {}, overallScore: 100, completedAt: now })).toBeNull();
    expect(await markPracticeSessionSaved(ctxA.db, userB.id, open.id)).toBeNull();
    expect(await deletePracticeSession(ctxA.db, userB.id, saved.id)).toBeNull();
    expect(await deleteAllPracticeSessions(ctxA.db, userB.id)).toBe(0);
    const forged = {
      position: 2,
      question: "Forged",
      answerText: "Forged",
      mode: "typed" as const,
      feedback: {},
      scores: {},
      deliveryMetrics: {},
      presenceMetrics: null,
    };
    expect(await upsertPracticeAnswerWhileOpen(ctxA.db, userB.id, open.id, forged, { now, fallbackLimitMs: SESSION_TIME_LIMIT_MS })).toBeNull();
    // An insert naming B as owner breaks the policy's WITH CHECK: SQLSTATE 42501 (insufficient privilege).
    const creating = createPracticeSession(ctxA.db, userB.id, {
      interviewType: "behavioural",
      jobDescription: null,
      questions: [],
      questionEngine: "offline",
      bankVersion: "forged",
      startedAt: now,
      expiresAt: now,
    });
    expect(sqlStateOf(await creating.then(() => undefined, (error: unknown) => error))).toBe("42501");

    // B's rows are as B left them.
    expect(await rawRows(saved.id)).toEqual({ status: "saved", answers: 1 });
    expect(await rawRows(open.id)).toEqual({ status: "in_progress", answers: 1 });
    const db = await getDb();
    const [owned] = await db.select({ n: count() }).from(practiceSessions).where(eq(practiceSessions.userId, userB.id));
    expect(Number(owned?.n)).toBe(2);
  });
});
