/**
 * Reading the local outbox, for /dev/outbox. It holds working invite links, so it opens only where every email in it
 * is the developer's own: local mode (no RESEND_API_KEY), and not a production build facing the public.
 */
import "server-only";
import { listOutboxEmails } from "@/db/queries/email-outbox";
import type { EmailOutboxRow } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { RequestContext } from "@/lib/context/request-context";
import { env, isLoopbackUrl } from "@/lib/env";

/** How many emails /dev/outbox lists. */
export const OUTBOX_PAGE_SIZE = 50;

export type OutboxSetting = { emailAdapter: "resend" | "outbox"; production: boolean; appUrl: string };

/**
 * Whether the outbox may be shown: only when emails go to it, and in a production build only on a loopback APP_URL
 * (the rule local sign-in follows), so a deployment that forgot RESEND_API_KEY does not publish its invite links.
 * Pure, for tests.
 */
export function outboxIsViewable(setting: OutboxSetting): boolean {
  if (setting.emailAdapter !== "outbox") return false;
  return !setting.production || isLoopbackUrl(setting.appUrl);
}

/** The newest emails in the outbox, newest first; `not_found` wherever the outbox is not viewable. */
export async function listOutbox(ctx: RequestContext, limit = OUTBOX_PAGE_SIZE): Promise<EmailOutboxRow[]> {
  const setting = { emailAdapter: ctx.services.email.kind, production: env.NODE_ENV === "production", appUrl: env.APP_URL };
  if (!outboxIsViewable(setting)) throw new AppError("not_found", "There is no outbox here.");
  return listOutboxEmails(ctx.db, limit);
}
