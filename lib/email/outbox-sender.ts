/**
 * Local mode's sender: each message becomes a row of the outbox, listed at /dev/outbox with working links. A real
 * engine (the message is rendered and stored exactly as Resend would receive it), not a stand-in.
 */
import "server-only";
import type { Database } from "@/db/client";
import { insertOutboxEmail } from "@/db/queries/email-outbox";
import { scopedDb } from "@/db/scoped";
import type { EmailSender } from "./email-sender";

export function outboxSender(database: () => Promise<Database>): EmailSender {
  // Outside any request's transaction: an email is recorded even when the work that asked for it later fails.
  const db = scopedDb(database, { role: "app" });
  return {
    kind: "outbox",
    async send(message) {
      const row = await insertOutboxEmail(db, {
        toAddress: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        kind: message.kind,
      });
      return { id: row.id };
    },
  };
}
