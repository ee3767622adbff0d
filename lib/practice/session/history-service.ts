/**
 * The candidate's practice history: saved sessions, one session in full, progress over time, and deletion. Every
 * call is scoped to the signed-in user; another user's session is a 404, never a 403.
 */
import "server-only";
import {
  countSavedPracticeSessions,
  deleteAllPracticeSessions,
  listPracticeAnswers,
  listSavedPracticeSessionPage,
  listSavedSessionProgress,
  listUnsavedPracticeSessions,
  type SavedSessionListRow,
} from "@/db/queries/practice";
import type { PracticeSessionStatus } from "@/db/schema";
import type { UserContext } from "@/lib/context/request-context";
import { type ProgressSeries, toProgressSeries, WEEKLY_ABOVE_SESSIONS } from "@/lib/practice/progress/progress-series";
import { abandonedBefore, sessionExpiresAt } from "./limits";
import { loadOwnSession, ownerOf } from "./access";
import { encodeHistoryCursor, HISTORY_API_DEFAULT_LIMIT, type HistoryCursor } from "./history-cursor";
import type { StoredQuestion } from "./records";
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

/** One page of the history and the cursor of the next (null on the last page). */
export type SavedSessionPage = { sessions: SavedSessionListItem[]; nextCursor: string | null };

/**
 * A page of the user's saved sessions, newest first, starting after `cursor` (the first page without one). Reads one
 * row more than the page to know whether another page follows.
 */
export async function listSavedSessions(
  ctx: UserContext,
  page: { cursor?: HistoryCursor | null; limit?: number } = {},
): Promise<SavedSessionPage> {
  const limit = page.limit ?? HISTORY_API_DEFAULT_LIMIT;
  const rows = await listSavedPracticeSessionPage(ctx.db, ownerOf(ctx), { after: page.cursor, limit: limit + 1 });
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const nextCursor = rows.length > limit && last ? encodeHistoryCursor({ startedAt: last.startedAtKey, id: last.id }) : null;
  return { sessions: shown.map(toListItem), nextCursor };
}

/** How many saved sessions the user has, all of them (the list shows a page). */
export async function countSavedSessions(ctx: UserContext): Promise<number> {
  return countSavedPracticeSessions(ctx.db, ownerOf(ctx));
}

function toListItem(row: SavedSessionListRow): SavedSessionListItem {
  const answered = row.answeredCount === null ? Number.NaN : Number(row.answeredCount);
  return {
    id: row.id,
    date: row.startedAt,
    interviewType: row.interviewType,
    overallScore: row.overallScore,
    questionCount: row.questionCount,
    // Read from the stored summary: shown only when it is still a positive whole number.
    answeredCount: Number.isInteger(answered) && answered >= 1 ? answered : null,
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

/**
 * The user's progress over their whole saved history, oldest first: the four rubric dimension means per session, or
 * per week beyond WEEKLY_ABOVE_SESSIONS sessions. A session whose summary no longer has valid scores is left out
 * rather than plotted as zeros.
 */
export async function progressSeries(ctx: UserContext): Promise<ProgressSeries> {
  return toProgressSeries(await listSavedSessionProgress(ctx.db, ownerOf(ctx), WEEKLY_ABOVE_SESSIONS));
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
