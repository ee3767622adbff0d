/**
 * The local outbox (no RESEND_API_KEY): what the app would have emailed, newest first.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { desc } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { emailOutbox, type EmailOutboxRow } from "../schema";

export type OutboxInput = Pick<EmailOutboxRow, "toAddress" | "subject" | "html" | "text" | "kind">;

export async function insertOutboxEmail(db: ScopedDb, input: OutboxInput): Promise<EmailOutboxRow> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.insert(emailOutbox).values(input).returning();
    if (!row) throw new Error("insert into email_outbox returned no row");
    return row;
  });
}

/** The newest `limit` emails (default 50). */
export async function listOutboxEmails(db: ScopedDb, limit = 50): Promise<EmailOutboxRow[]> {
  return runScoped(db, (conn) =>
    conn.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(limit),
  );
}
