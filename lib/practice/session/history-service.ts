/**
 * The candidate's practice history: saved sessions, one session in full, progress over time, and deletion. Every
 * call is scoped to the signed-in user; another user's session is a 404, never a 403.
 */
import "server-only";
import { deleteAllPracticeSessions, listPracticeAnswers, listSavedPracticeSessions, listUnsavedPracticeSessions } from "@/db/queries/practice";
import type { PracticeSession, PracticeSessionStatus } from "@/db/schema";
import type { UserContext } from "@/lib/context/request-context";
import { abandonedBefore, sessionExpiresAt } from "./limits";
import { loadOwnSession, ownerOf } from "./access";
import { type AnswerScores, parseStored, sessionSummarySchema, type StoredQuestion } from "./records";
import { deleteOwnSessionWithAudit } from "./session-lifecycle";
import { type PracticeAnswerView, type PracticeSessionView, toAnswerView, toSessionView } from "./views";

/** One row of the history list. */
export type SavedSessionListItem = {
  id: string;
  date: Date;
  interviewType: string;
  overallScore: number | null;
  questionCount: number;
  answeredCount: number | null;
};

/** The user's saved sessions, newest first. */
export async function listSavedSessions(ctx: UserContext): Promise<SavedSessionListItem[]> {
  return (await listSavedPracticeSessions(ctx.db, ownerOf(ctx), { order: "newest" })).map(toListItem);
}

function toListItem(row: PracticeSession): SavedSessionListItem {
  return {
    id: row.id,
    date: row.startedAt,
    interviewType: row.interviewType,
    overallScore: row.overallScore,
    questionCount: row.questionCount,
    answeredCount: parseStored(sessionSummarySchema, row.summary)?.answeredCount ?? null,
  };
}

/** A session the candidate started and has not saved: one they can go back to until the cleanup removes it. */
export type UnfinishedSessionItem = {
  id: string;
  startedAt: Date;
  interviewType: string;
  status: Exclude<PracticeSessionStatus, "saved">;
  questionCount: number;
  /** When answering stops (in-progress sessions); finishing and saving remain possible until the cleanup. */
  expiresAt: Date;
};

/** The user's unfinished sessions that the cleanup has not yet reached, newest first. */
export async function listUnfinishedSessions(ctx: UserContext): Promise<UnfinishedSessionItem[]> {
  const rows = await listUnsavedPracticeSessions(ctx.db, ownerOf(ctx), abandonedBefore(ctx.now()));
  return rows.flatMap((row) =>
    row.status === "saved"
      ? []
      : [
          {
            id: row.id,
            startedAt: row.startedAt,
            interviewType: row.interviewType,
            status: row.status,
            questionCount: row.questionCount,
            expiresAt: row.expiresAt ?? sessionExpiresAt(row.startedAt),
          },
        ],
  );
}

/** A session in full: every question in order, with its answer, feedback and metrics (null where unanswered). */
export type SessionDetail = PracticeSessionView & {
  items: { question: StoredQuestion; answer: PracticeAnswerView | null }[];
};

/** One of the user's sessions in full, whatever its status. 404 when it is not theirs. */
export async function getSessionDetail(ctx: UserContext, sessionId: string): Promise<SessionDetail> {
  const [row, answerRows] = await ctx.db.transaction(async (tx) => {
    const found = await loadOwnSession(ctx, sessionId, { db: tx });
    return [found, await listPracticeAnswers(tx, ownerOf(ctx), sessionId)] as const;
  });
  const session = toSessionView(row);
  const answers = new Map(answerRows.map((a) => [a.position, toAnswerView(a)]));
  return {
    ...session,
    items: session.questions.map((question) => ({ question, answer: answers.get(question.position) ?? null })),
  };
}

/** One point of the progress chart: a saved session's date and its four dimension means. */
export type ProgressPoint = { sessionId: string; date: Date } & AnswerScores;

/**
 * The user's progress: per saved session, oldest first, its date and the four rubric dimension means from its
 * summary. A session whose summary no longer parses is left out rather than plotted as zeros.
 */
export async function progressSeries(ctx: UserContext): Promise<ProgressPoint[]> {
  return (await listSavedPracticeSessions(ctx.db, ownerOf(ctx), { order: "oldest" })).flatMap(toProgressPoints);
}

function toProgressPoints(row: PracticeSession): ProgressPoint[] {
  const summary = parseStored(sessionSummarySchema, row.summary);
  return summary ? [{ sessionId: row.id, date: row.startedAt, ...summary.dimensions }] : [];
}

/** The dashboard's two views of the saved sessions (the list, newest first; the progress, oldest first) from one read. */
export async function savedHistory(ctx: UserContext): Promise<{ sessions: SavedSessionListItem[]; points: ProgressPoint[] }> {
  const newestFirst = await listSavedPracticeSessions(ctx.db, ownerOf(ctx), { order: "newest" });
  return { sessions: newestFirst.map(toListItem), points: [...newestFirst].reverse().flatMap(toProgressPoints) };
}

/** Deletes one of the user's sessions and its answers. 404 when it is not theirs. */
export async function deleteSession(ctx: UserContext, sessionId: string): Promise<void> {
  await deleteOwnSessionWithAudit(ctx, sessionId, "practice_session.delete");
}

/** Deletes all of the user's sessions (every status) and their answers; returns how many sessions went. */
export async function deleteAllSessions(ctx: UserContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const count = await deleteAllPracticeSessions(tx, ownerOf(ctx));
    await ctx.audit(
      { action: "practice_session.delete_all", targetType: "practice_session", targetId: null, newValues: { deletedCount: count } },
      tx,
    );
    return count;
  });
}
