/**
 * What happens to a session after it is finished: saved into the history, discarded, or swept up when abandoned.
 * Saving and discarding are audited (ids, statuses and scores only: answer text never enters the append-only log,
 * where it would outlive the candidate's right to delete it).
 */
import { runInTransaction } from "@/db/client";
import { recordAuditEvent } from "@/db/queries/audit";
import {
  deletePracticeSession,
  deleteUnsavedPracticeSessionsStartedBefore,
  listPracticeAnswers,
  markPracticeSessionSaved,
} from "@/db/queries/practice";
import type { PracticeSession } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { parseInput } from "@/lib/api/validation";
import { isSessionId, type PracticeOptions, loadOwnSession, sessionNotFound } from "./access";
import { abandonedBefore } from "./limits";
import { answerScoresSchema, parseStored, RUBRIC_DIMENSIONS } from "./records";
import { saveClaimsSchema } from "./schemas";
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
  userId: string,
  sessionId: string,
  clientClaims?: unknown,
  options: PracticeOptions = {},
): Promise<PracticeSessionView> {
  const claims = clientClaims === undefined ? {} : parseInput(saveClaimsSchema, clientClaims);
  const row = await runInTransaction(async (tx) => {
    const session = await loadOwnSession(userId, sessionId, { lock: true }, tx);
    if (session.status === "in_progress") {
      throw new AppError("conflict", "Finish the session to see its summary before saving it.");
    }
    if (claims.overallScore !== undefined && claims.overallScore !== session.overallScore) throw forgedScores();
    if (claims.answers && claims.answers.length > 0) {
      const stored = new Map(
        (await listPracticeAnswers(userId, sessionId, tx)).map((a) => [a.position, parseStored(answerScoresSchema, a.scores)]),
      );
      for (const claim of claims.answers) {
        const scores = stored.get(claim.position);
        if (!scores || RUBRIC_DIMENSIONS.some((d) => scores[d] !== claim.scores[d])) throw forgedScores();
      }
    }
    if (session.status === "saved") return session;
    const saved = await markPracticeSessionSaved(userId, sessionId, tx);
    if (!saved) throw new Error("practice session vanished under its row lock");
    await recordAuditEvent(
      {
        actorUserId: userId,
        action: "practice_session.save",
        targetType: "practice_session",
        targetId: sessionId,
        oldValues: { status: session.status },
        newValues: auditFacts(saved),
        ipHash: options.ipHash ?? null,
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
  userId: string,
  sessionId: string,
  action: "practice_session.discard" | "practice_session.delete",
  options: PracticeOptions = {},
): Promise<void> {
  if (!isSessionId(sessionId)) throw sessionNotFound();
  await runInTransaction(async (tx) => {
    const deleted = await deletePracticeSession(userId, sessionId, tx);
    if (!deleted) throw sessionNotFound();
    await recordAuditEvent(
      {
        actorUserId: userId,
        action,
        targetType: "practice_session",
        targetId: sessionId,
        oldValues: auditFacts(deleted),
        newValues: null,
        ipHash: options.ipHash ?? null,
      },
      tx,
    );
  });
}

/**
 * Discards a session the user does not want to keep, whatever its status: the row is deleted and its answers
 * cascade, so nothing of it remains. 404 for a session that is not the caller's.
 */
export async function discardSession(userId: string, sessionId: string, options: PracticeOptions = {}): Promise<void> {
  await deleteOwnSessionWithAudit(userId, sessionId, "practice_session.discard", options);
}

/**
 * Deletes every session that was never saved and started longer ago than the time limit plus the grace period,
 * across all users (a scheduled job calls it). Returns how many sessions were deleted.
 */
export async function cleanupAbandonedSessions(now: Date = new Date()): Promise<number> {
  return deleteUnsavedPracticeSessionsStartedBefore(abandonedBefore(now));
}
