/**
 * Sending an invite's email, after the invite is committed. A send that fails never undoes the invite: the failure
 * is logged (the invite id and the error's class, never the address) and the caller answers `emailSent: false`, so
 * the inviter can copy the link or retry.
 */
import "server-only";
import type { OrganisationInvite } from "@/db/schema";
import type { RequestContext } from "@/lib/context/request-context";
import { memberInviteEmail } from "@/lib/email/templates/member-invite";
import { EmailSendError } from "@/lib/email/email-sender";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/sentry-server";

/** The link the email carries: the invite page, with the token as its last segment. */
export function inviteLink(token: string): string {
  return `${env.APP_URL.replace(/\/+$/, "")}/invite/${token}`;
}

/** Sends the invite email; true when the sender took it, false when it failed (logged, invite kept). */
export async function sendInviteEmail(
  ctx: RequestContext,
  input: { invite: OrganisationInvite; token: string; organisationName: string; inviterName: string },
): Promise<boolean> {
  const { invite, token, organisationName, inviterName } = input;
  try {
    const message = await memberInviteEmail({
      to: invite.email,
      organisationName,
      inviterName,
      role: invite.role,
      acceptUrl: inviteLink(token),
      expiresAt: invite.expiresAt,
    });
    await ctx.services.email.send(message);
    return true;
  } catch (error) {
    const expected = error instanceof EmailSendError;
    log.warn("invite_email_failed", { inviteId: invite.id, sender: ctx.services.email.kind, error: expected ? error.name : "unexpected", requestId: ctx.requestId });
    // A provider refusing is an outage to watch, not a bug; anything else (a template that throws) is reported.
    if (!expected) reportError(error, { route: "invite.email", requestId: ctx.requestId });
    return false;
  }
}
