/**
 * The reminder job: one email to each candidate who has not opened their invite when its deadline is less than 24
 * hours away (the assessment still open), never twice. Run by the scheduled cleanup, as the system principal.
 *
 * The email needs a working link, but only the token's hash is stored, so each reminder issues a NEW token (as a
 * resend does) and the first link stops working. To keep the candidate from ending up with no working link, each
 * reminder is its own transaction that sends before it commits: a failed send rolls the new token back (the first
 * link still works, and the next run tries again); a commit failing after a send leaves the first link working.
 */
import "server-only";
import { lockNextReminderDue, updateCandidateInvite } from "@/db/queries/candidate-invites";
import type { SystemContext } from "@/lib/context/request-context";
import { newLinkToken } from "@/lib/security/link-token";
import { REMINDER_BEFORE_DEADLINE_MS } from "./invite-state";
import { sendCandidateEmail } from "./invite-email";

/** The most reminders one run sends; the rest wait for the next run (every 15 minutes). */
export const REMINDERS_PER_RUN = 200;

class ReminderNotSent extends Error {}

export type ReminderRun = { sent: number; failed: number };

export async function sendAssessmentReminders(ctx: SystemContext, options: { limit?: number } = {}): Promise<ReminderRun> {
  const now = ctx.now();
  const dueBefore = new Date(now.getTime() + REMINDER_BEFORE_DEADLINE_MS);
  const failedIds: string[] = [];
  let sent = 0;
  for (let round = 0; round < (options.limit ?? REMINDERS_PER_RUN); round += 1) {
    try {
      const reminded = await ctx.db.transaction(async (tx) => {
        const due = await lockNextReminderDue(tx, now, dueBefore, failedIds);
        if (!due) return null;
        const { token, tokenHash } = newLinkToken();
        const invite = await updateCandidateInvite(tx, due.orgId, due.id, { tokenHash, reminderSentAt: now });
        await ctx.audit(
          { action: "assessment.candidate.remind", targetType: "candidate_invite", targetId: due.id, orgId: due.orgId, newValues: { status: due.status, deadlineAt: due.deadlineAt.toISOString() } },
          tx,
        );
        const delivered = await sendCandidateEmail(ctx, "reminder", { invite, token, organisationName: due.organisationName, roleTitle: due.roleTitle, proctoring: due.proctoring });
        if (!delivered) {
          failedIds.push(due.id);
          throw new ReminderNotSent();
        }
        return due.id;
      });
      if (!reminded) break;
      sent += 1;
    } catch (error) {
      if (!(error instanceof ReminderNotSent)) throw error;
    }
  }
  return { sent, failed: failedIds.length };
}
