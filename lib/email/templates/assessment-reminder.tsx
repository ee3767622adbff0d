/**
 * The one reminder an unopened candidate invite gets a day before its deadline: the invite email with a heading that
 * says time is running out. It carries a fresh link (the job cannot rebuild the first one: only its hash is stored).
 */
import "server-only";
import type { EmailMessage } from "../email-sender";
import { renderEmail } from "../render-email";
import { AssessmentInvite, type AssessmentInviteEmailInput, assertAssessmentLink } from "./assessment-invite";
import { clip } from "./member-invite";

export function assessmentReminderSubject(organisationName: string, roleTitle: string): string {
  return `Reminder: ${clip(organisationName, 30)} assessment for ${clip(roleTitle, 40)} closes soon`;
}

export async function assessmentReminderEmail(input: AssessmentInviteEmailInput): Promise<EmailMessage> {
  assertAssessmentLink(input.link);
  const heading = `Reminder: your assessment for ${input.organisationName} closes soon`;
  const { html, text } = await renderEmail(<AssessmentInvite {...input} heading={heading} />);
  return { to: input.to, subject: assessmentReminderSubject(input.organisationName, input.roleTitle), html, text, kind: "assessment.reminder" };
}
