/**
 * The member invite email. PLACEHOLDER until the email work lands (React Email layout, HTML and plain text); the
 * signature is the contract the invite service uses.
 */
import "server-only";
import type { OrganisationRole } from "@/db/schema";
import type { EmailMessage } from "../email-sender";

export type MemberInviteEmailInput = {
  to: string;
  organisationName: string;
  /** The inviter's display name or email, as the organisation's members see it. */
  inviterName: string;
  role: OrganisationRole;
  acceptUrl: string;
  expiresAt: Date;
};

export async function memberInviteEmail(input: MemberInviteEmailInput): Promise<EmailMessage> {
  const subject = `${input.inviterName} invited you to join ${input.organisationName} on Rehearse`;
  const text = `${subject} as ${input.role}.\n\nAccept or decline: ${input.acceptUrl}\n\nThe link works until ${input.expiresAt.toUTCString()}.`;
  return { to: input.to, subject, text, html: `<p>${subject}.</p><p><a href="${input.acceptUrl}">Open the invite</a></p>`, kind: "organisation.invite" };
}
