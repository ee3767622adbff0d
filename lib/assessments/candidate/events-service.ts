/**
 * Proctoring signals from the candidate's browser: counts and times only (tab switches, window blurs, and the
 * presence tracker's camera signals), never images. Accepted only when the assessment has proctoring on, for
 * questions it has, at times its limits allow. Stored with the attempt's running totals in one transaction that locks
 * the attempt, so totals never drift from the events and nothing lands after a submit.
 */
import "server-only";
import { countProctoringEvents, insertProctoringEvents, setAttemptIntegrity } from "@/db/queries/candidate-attempts";
import { listLinkQuestions } from "@/db/queries/candidate-links";
import { AppError } from "@/lib/api/app-error";
import type { CandidateContext } from "@/lib/context/request-context";
import type { z } from "zod";
import { loadLink, requireOwnAttempt } from "./access";
import { addCounts, readTotals } from "./integrity";
import type { proctoringEventsInputSchema } from "./schemas";

/** Far beyond an honest attempt (a signal every few seconds of every question), so a hostile client cannot fill a table. */
export const MAX_EVENTS_PER_ATTEMPT = 2_000;

type EventsInput = z.output<typeof proctoringEventsInputSchema>;

export async function recordProctoringEvents(
  ctx: CandidateContext,
  deviceSecret: string | null,
  input: EventsInput,
): Promise<{ accepted: number }> {
  return ctx.db.transaction(async (tx) => {
    const link = await loadLink(ctx, { db: tx });
    const attempt = await requireOwnAttempt(ctx, link, deviceSecret, { db: tx, lock: true, inProgress: true });
    if (!link.assessment.proctoring) {
      throw new AppError("unprocessable", "This assessment does not record integrity signals.", { fields: { events: ["Proctoring is off."] } });
    }
    const questions = new Map((await listLinkQuestions(tx, link.assessment.id)).map((q) => [q.position, q]));
    input.events.forEach((event, i) => {
      const question = questions.get(event.position);
      if (!question) throw new AppError("unprocessable", "An event names a question this assessment does not have.", { fields: { [`events.${i}.position`]: ["No such question."] } });
      // A soft limit may be overrun: up to twice the limit is accepted; later times cannot come from this question.
      const latest = question.timeLimitSeconds * 2 * 1000;
      if (event.atMs > latest || event.atMs + (event.durationMs ?? 0) > latest) {
        throw new AppError("unprocessable", "An event's time is past its question's limit.", { fields: { [`events.${i}.atMs`]: ["Too late for this question."] } });
      }
    });
    if ((await countProctoringEvents(tx, attempt.id)) + input.events.length > MAX_EVENTS_PER_ATTEMPT) {
      throw new AppError("unprocessable", "This attempt has recorded as many integrity signals as it can.", { fields: { events: ["Too many events."] } });
    }
    await insertProctoringEvents(
      tx,
      input.events.map((event) => ({
        orgId: link.invite.orgId,
        inviteId: link.invite.id,
        attemptId: attempt.id,
        position: event.position,
        kind: event.kind,
        atMs: event.atMs,
        durationMs: event.durationMs ?? null,
        confidence: event.confidence ?? null,
      })),
    );
    await setAttemptIntegrity(tx, attempt.id, { totals: addCounts(readTotals(attempt.integrity), input.events) });
    return { accepted: input.events.length };
  });
}
