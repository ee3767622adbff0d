/**
 * Sending a candidate's invite or reminder email. A failed send is logged with the invite id and the error's class,
 * never the address or the link; the caller decides what the failure means (an invite stands, a reminder rolls back).
 */
import "server-only";
import type { CandidateInvite } from "@/db/schema";
import type { RequestContext } from "@/lib/context/request-context";
import { EmailSendError } from "@/lib/email/email-sender";
import { assessmentInviteEmail } from "@/lib/email/templates/assessment-invite";
import { assessmentReminderEmail } from "@/lib/email/templates/assessment-reminder";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/sentry-server";

/** The candidate's link: the assessment page with the token as its last segment (the token is all it carries). */
export function candidateLink(token: string): string {
  return `${env.APP_URL.replace(/\/+$/, "")}/assessment/${token}`;
}

export type CandidateEmailInput = {
  invite: CandidateInvite;
  token: string;
  organisationName: string;
  roleTitle: string;
  proctoring: boolean;
};

/** Sends the invite (or the reminder); true when the sender took it, false when it failed (logged). */
export async function sendCandidateEmail(ctx: RequestContext, kind: "invite" | "reminder", input: CandidateEmailInput): Promise<boolean> {
  const { invite } = input;
  try {
    const build = kind === "invite" ? assessmentInviteEmail : assessmentReminderEmail;
    const message = await build({
      to: invite.candidateEmail,
      candidateName: invite.candidateName,
      organisationName: input.organisationName,
      roleTitle: input.roleTitle,
      link: candidateLink(input.token),
      deadlineAt: invite.deadlineAt,
      proctoring: input.proctoring,
    });
    await ctx.services.email.send(message);
    return true;
  } catch (error) {
    const expected = error instanceof EmailSendError;
    log.warn(`assessment_${kind}_email_failed`, { inviteId: invite.id, sender: ctx.services.email.kind, error: expected ? error.name : "unexpected", requestId: ctx.requestId });
    if (!expected) reportError(error, { route: `assessment.${kind}.email`, requestId: ctx.requestId });
    return false;
  }
}
