/**
 * Production's sender: the `resend` SDK. RESEND_BASE_URL points it elsewhere (tests use a local server).
 * Placeholder until the email work lands: refuses, so nothing pretends to have sent.
 */
import "server-only";
import { EmailSendError, type EmailSender } from "./email-sender";

export function resendSender(): EmailSender {
  return {
    kind: "resend",
    async send() {
      throw new EmailSendError("Sending through Resend is not wired yet.");
    },
  };
}
