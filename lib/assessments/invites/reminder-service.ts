/**
 * The reminder job: one email to each candidate who has not opened their invite when its deadline is less than 24
 * hours away (the assessment still open), never twice. Run by the scheduler (`/api/cron/reminders`) as the system
 * principal.
 *
 * The email needs a working link, but only the token's hash is stored, so each reminder issues a NEW token (as a
 * resend does) and the first link stops working. Each reminder commits the new hash with `reminder_sent_at` and its
 * audit event, then sends (never inside the transaction: the local outbox writes through the same single-connection
 * database). When the send fails, the previous hash is put back and `reminder_sent_at` cleared, so the first link
 * works again and the next run retries. Only a process dying between the commit and the send leaves the candidate
 * with a void first link and no reminder; the manager's list shows "reminder sent" and a resend fixes it.
 */
import "server-only";
import { lockNextReminderDue, undoReminder, updateCandidateInvite } from "@/db/queries/candidate-invites";
import type { SystemContext } from "@/lib/context/request-context";
import { newLinkToken } from "@/lib/security/link-token";
import { REMINDER_BEFORE_DEADLINE_MS } from "./invite-state";
import { sendCandidateEmail } from "./invite-email";

/** The most reminders one run sends; the rest wait for the next run (every 15 minutes). */
export const REMINDERS_PER_RUN = 200;

export type ReminderRun = { sent: number; failed: number };

export async function sendAssessmentReminders(ctx: SystemContext, options: { limit?: number } = {}): Promise<ReminderRun> {
  const now = ctx.now();
  const dueBefore = new Date(now.getTime() + REMINDER_BEFORE_DEADLINE_MS);
  const failedIds: string[] = [];
  let sent = 0;
  for (let round = 0; round < (options.limit ?? REMINDERS_PER_RUN); round += 1) {
    const { token, tokenHash } = newLinkToken();
    const claimed = await ctx.db.transaction(async (tx) => {
      const due = await lockNextReminderDue(tx, now, dueBefore, failedIds);
      if (!due) return null;
      const invite = await updateCandidateInvite(tx, due.orgId, due.id, { tokenHash, reminderSentAt: now });
      await ctx.audit(
        { action: "assessment.candidate.remind", targetType: "candidate_invite", targetId: due.id, orgId: due.orgId, newValues: { status: due.status, deadlineAt: due.deadlineAt.toISOString() } },
        tx,
      );
      return { due, invite };
    });
    if (!claimed) break;
    const { due, invite } = claimed;
    if (await sendCandidateEmail(ctx, "reminder", { invite, token, organisationName: due.organisationName, roleTitle: due.roleTitle, proctoring: due.proctoring })) {
      sent += 1;
      continue;
    }
    failedIds.push(due.id);
    await ctx.db.transaction(async (tx) => {
      if (!(await undoReminder(tx, due.orgId, due.id, { reminder: tokenHash, previous: due.tokenHash }))) return;
      await ctx.audit({ action: "assessment.candidate.remind_failed", targetType: "candidate_invite", targetId: due.id, orgId: due.orgId, newValues: { status: due.status } }, tx);
    });
  }
  return { sent, failed: failedIds.length };
}
