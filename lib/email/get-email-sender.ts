/**
 * The sender lib/env chose: Resend with RESEND_API_KEY (one client per process), the local outbox otherwise (over
 * whichever database the request's services use).
 */
import "server-only";
import type { Database } from "@/db/client";
import { adapters } from "@/lib/env";
import type { EmailSender } from "./email-sender";
import { outboxSender } from "./outbox-sender";
import { resendSender } from "./resend-sender";

let resend: EmailSender | undefined;

export function getEmailSender(database: () => Promise<Database>): EmailSender {
  if (adapters.email !== "resend") return outboxSender(database);
  resend ??= resendSender();
  return resend;
}
