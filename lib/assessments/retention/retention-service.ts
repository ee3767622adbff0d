/**
 * Assessment retention, as promised to candidates on their landing and thank-you pages: the proctoring timeline is
 * deleted 30 days after submission; after the organisation's retention period (30 to 730 days, default 180) the
 * candidate's name, email and answers are removed and only anonymous scores and counts remain. Runs from the
 * scheduled job (/api/cron/retention) as the system principal, in one transaction.
 */
import "server-only";
import { anonymiseCandidatesPastRetention, deleteProctoringTimelinesBefore } from "@/db/queries/assessment-retention";
import type { SystemContext } from "@/lib/context/request-context";

export const PROCTORING_TIMELINE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionResult = { proctoringEventsDeleted: number; candidatesAnonymised: number };

export async function applyAssessmentRetention(ctx: SystemContext): Promise<RetentionResult> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const candidatesAnonymised = await anonymiseCandidatesPastRetention(tx, now);
    const proctoringEventsDeleted = await deleteProctoringTimelinesBefore(tx, new Date(now.getTime() - PROCTORING_TIMELINE_DAYS * DAY_MS));
    if (candidatesAnonymised > 0) {
      await ctx.audit({ action: "assessment.retention", targetType: "candidate_invite", newValues: { candidatesAnonymised, proctoringEventsDeleted } }, tx);
    }
    return { proctoringEventsDeleted, candidatesAnonymised };
  });
}
