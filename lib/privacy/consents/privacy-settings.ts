/**
 * Everything the privacy settings page shows: the user's consents (current answer per kind and the full history),
 * their sign-in history, their own audit events and their practice retention choice. Read as the user, so row-level
 * security shows nothing of anyone else's.
 */
import "server-only";
import { findPracticeRetention, savePracticeRetention } from "@/db/queries/account-settings";
import { listAuditEventsForUser } from "@/db/queries/audit";
import { listLatestConsents } from "@/db/queries/consent-state";
import { listConsents } from "@/db/queries/consents";
import { listSignInEvents } from "@/db/queries/sign-in-events";
import type { PracticeRetentionChoice } from "@/db/schema";
import type { UserContext } from "@/lib/context/request-context";
import { adapters } from "@/lib/env";
import { type ConsentRecord, type ConsentState, consentStates, consentLabelOf, describeOwnAuditAction } from "./consent-view";
import { signInLabel } from "@/lib/privacy/sign-ins/user-agent";

/** How many sign-ins and audit events the page lists (the export holds them all). */
export const HISTORY_LIMIT = 50;

export type SignInView = { id: string; at: Date; label: string; method: "local" | "clerk" };
export type AuditEventView = { id: string; at: Date; description: string; detail: string | null };

export type PrivacySettings = {
  consents: ConsentState[];
  consentHistory: (ConsentRecord & { id: string; label: string })[];
  signIns: SignInView[];
  auditEvents: AuditEventView[];
  practiceRetention: PracticeRetentionChoice;
  /** Whether this server sends anything to an AI provider at all (if not, the AI consent changes nothing today). */
  aiConfigured: boolean;
};

export async function loadPrivacySettings(ctx: UserContext): Promise<PrivacySettings> {
  const userId = ctx.principal.user.id;
  const latest = await listLatestConsents(ctx.db, userId);
  const history = await listConsents(ctx.db, userId);
  const signIns = await listSignInEvents(ctx.db, userId, HISTORY_LIMIT);
  const events = await listAuditEventsForUser(ctx.db, userId, { limit: HISTORY_LIMIT });
  const practiceRetention = await findPracticeRetention(ctx.db, userId);
  const states = consentStates(latest);
  return {
    consents: states,
    consentHistory: history.map((row) => ({ ...row, label: states.find((state) => state.kind === row.kind)?.label ?? row.kind })),
    signIns: signIns.map((row) => ({ id: row.id, at: row.createdAt, method: row.method, label: signInLabel(row) })),
    auditEvents: events.map((row) => ({
      id: row.id,
      at: row.createdAt,
      description: describeOwnAuditAction(row.action, row.oldValues, row.newValues),
      detail: consentLabelOf(row.newValues),
    })),
    practiceRetention,
    aiConfigured: adapters.ai === "openai",
  };
}

/** Stores how long saved practice sessions are kept (the retention job applies it) and audits the change. */
export async function choosePracticeRetention(ctx: UserContext, choice: PracticeRetentionChoice): Promise<void> {
  const userId = ctx.principal.user.id;
  await ctx.db.transaction(async (tx) => {
    const previous = await findPracticeRetention(tx, userId);
    await savePracticeRetention(tx, userId, choice);
    await ctx.audit(
      { action: "settings.practice_retention", targetType: "user", targetId: userId, oldValues: { practiceRetention: previous }, newValues: { practiceRetention: choice } },
      tx,
    );
  });
}
