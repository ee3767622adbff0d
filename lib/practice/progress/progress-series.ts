/**
 * The progress series as the dashboard and GET /api/practice/progress give it: the candidate's whole saved history,
 * one point per session while there are few, one per week once there are many. A chart of 10,000 points would be
 * unreadable and heavy; a chart of the oldest (or newest) 500 would stop moving. The database computes the means
 * (listSavedSessionProgress in db/queries/practice-history.ts, from the score columns of migration 0007); this module
 * fixes the threshold and the shape.
 */
import type { AnswerScores } from "@/lib/practice/session/records";

/** Above this many scored sessions the series is weekly: the most points the chart and its table stay legible with per session. */
export const WEEKLY_ABOVE_SESSIONS = 100;

export type ProgressGranularity = "session" | "week";

/**
 * One point: a session (its start and its dimension means), or a week (its Monday, 00:00 UTC, and the rounded means
 * over its sessions). `sessions` is how many sessions the point stands for.
 */
export type ProgressPoint = { date: Date; sessionId: string | null; sessions: number } & AnswerScores;

export type ProgressSeries = {
  granularity: ProgressGranularity;
  /** Scored sessions behind the series (a saved session whose summary has no valid scores is left out). */
  sessionCount: number;
  points: ProgressPoint[];
};

/** A point as the query returns it. */
export type ProgressRowInput = { periodStart: string; sessionId: string | null; sessions: number } & AnswerScores;

/** The series from the query's rows (oldest first): per week exactly when the rows are weeks (no session id). */
export function toProgressSeries(rows: ProgressRowInput[]): ProgressSeries {
  const points = rows.map(({ periodStart, sessionId, sessions, structure, relevance, specificity, impact }) => ({
    date: new Date(periodStart),
    sessionId,
    sessions: Number(sessions),
    structure: Number(structure),
    relevance: Number(relevance),
    specificity: Number(specificity),
    impact: Number(impact),
  }));
  const granularity: ProgressGranularity = points.length > 0 && points[0]!.sessionId === null ? "week" : "session";
  return { granularity, sessionCount: points.reduce((total, point) => total + point.sessions, 0), points };
}
