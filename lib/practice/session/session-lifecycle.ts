/**
 * What happens to a session after it is finished: saved into the history, discarded, or swept up when abandoned.
 * Saving and discarding are audited (ids, statuses and scores only: answer text never enters the append-only log,
 * where it would outlive the candidate's right to delete it).
 */
import "server-only";
import {
  deletePracticeSession,
  deleteUnsavedPracticeSessionsStartedBefore,
  listPracticeAnswers,
  markPracticeSessionSaved,
} from "@/db/queries/practice";
import type { PracticeSession } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { SystemContext, UserContext } from "@/lib/context/request-context";
import { isSessionId, loadOwnSession, ownerOf, sessionNotFound } from "./access";
import { abandonedBefore } from "./limits";
import { answerScoresSchema, parseStored, RUBRIC_DIMENSIONS } from "./records";
import type { ParsedSaveClaims } from "./schemas";
import { type PracticeSessionView, toSessionView } from "./views";

function forgedScores(): AppError {
  return new AppError("unprocessable", "The scores sent do not match the scores we stored, so the session was not saved.", {
    fields: { scores: ["These scores do not match the stored ones."] },
  });
}

/** What the audit log keeps about a session: never its questions' answers. */
function auditFacts(session: PracticeSession) {
  return {
    status: session.status,
    interviewType: session.interviewType,
    questionCount: session.questionCount,
    overallScore: session.overallScore,
  };
}

/**
 * Saves a finished session into the user's history. `clientClaims` is what the client showed the candidate
 * (`{ overallScore?, answers?: [{ position, scores }] }`); every figure in it must equal the stored one, or the call
 * fails with 422 and nothing changes. 404 for a session that is not the caller's; 409 for one not yet finished.
 * Saving a saved session again is a no-op.
 */
export async function saveSession(
  ctx: UserContext,
  sessionId: string,
  claims: ParsedSaveClaims = {},
): Promise<PracticeSessionView> {
  const userId = ownerOf(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const session = await loadOwnSession(ctx, sessionId, { lock: true, db: tx });
    if (session.status === "in_progress") {
      throw new AppError("conflict", "Finish the session to see its summary before saving it.");
    }
    if (claims.overallScore !== undefined && claims.overallScore !== session.overallScore) throw forgedScores();
    if (claims.answers && claims.answers.length > 0) {
      const stored = new Map(
        (await listPracticeAnswers(tx, userId, sessionId)).map((a) => [a.position, parseStored(answerScoresSchema, a.scores)]),
      );
      for (const claim of claims.answers) {
        const scores = stored.get(claim.position);
        if (!scores || RUBRIC_DIMENSIONS.some((d) => scores[d] !== claim.scores[d])) throw forgedScores();
      }
    }
    if (session.status === "saved") return session;
    const saved = await markPracticeSessionSaved(tx, userId, sessionId);
    if (!saved) throw new Error("practice session vanished under its row lock");
    await ctx.audit(
      {
        action: "practice_session.save",
        targetType: "practice_session",
        targetId: sessionId,
        oldValues: { status: session.status },
        newValues: auditFacts(saved),
      },
      tx,
    );
    return saved;
  });
  return toSessionView(row);
}

/**
 * Deletes one of the user's sessions (answers cascade) and audits it under `action`. Shared by discard (leaving a
 * session just practised) and delete (removing one from the history), which the audit log tells apart.
 */
export async function deleteOwnSessionWithAudit(
  ctx: UserContext,
  sessionId: string,
  action: "practice_session.discard" | "practice_session.delete",
): Promise<void> {
  if (!isSessionId(sessionId)) throw sessionNotFound();
  await ctx.db.transaction(async (tx) => {
    const deleted = await deletePracticeSession(tx, ownerOf(ctx), sessionId);
    if (!deleted) throw sessionNotFound();
    await ctx.audit(
      { action, targetType: "practice_session", targetId: sessionId, oldValues: auditFacts(deleted), newValues: null },
      tx,
    );
  });
}

/**
 * Discards a session the user does not want to keep, whatever its status: the row is deleted and its answers
 * cascade, so nothing of it remains. 404 for a session that is not the caller's.
 */
export async function discardSession(ctx: UserContext, sessionId: string): Promise<void> {
  await deleteOwnSessionWithAudit(ctx, sessionId, "practice_session.discard");
}

/**
 * Deletes every session that was never saved and started longer ago than the time limit plus the grace period,
 * across all users (a scheduled job calls it, as the system principal). Returns how many sessions were deleted.
 */
export async function cleanupAbandonedSessions(ctx: SystemContext): Promise<number> {
  return deleteUnsavedPracticeSessionsStartedBefore(ctx.db, abandonedBefore(ctx.now()));
}
