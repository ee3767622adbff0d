/**
 * Recording and changing the user's consents. The consents table is append-only: every answer is a new row with the
 * version of the text it answered, and the latest row per kind is the current answer. Changes made on the privacy
 * settings page are audited as `consent.grant` / `consent.withdraw`.
 */
import "server-only";
import { listLatestConsents, recordConsents } from "@/db/queries/consent-state";
import type { ConsentInput } from "@/db/queries/consents";
import type { ScopedDb } from "@/db/scoped";
import type { UserContext } from "@/lib/context/request-context";
import { CONSENT_QUESTIONS, type ConsentKind } from "@/lib/privacy/consent-kinds";
import { acceptanceAnswers } from "./consent-view";
import type { DeviceKind, WithdrawableKind } from "./schemas";

function answer(kind: ConsentKind, granted: boolean, ipHash: string | null): ConsentInput {
  return { kind, version: CONSENT_QUESTIONS[kind].version, granted, ipHash };
}

/**
 * Records what accepting the terms adds for `userId` (see `acceptanceAnswers`); returns whether anything was new. Run
 * inside the sign-in's transaction, or the consent page's.
 */
export async function recordAcceptance(db: ScopedDb, userId: string, ipHash: string | null, aiConfigured: boolean): Promise<boolean> {
  const answers = acceptanceAnswers(await listLatestConsents(db, userId), { aiConfigured });
  await recordConsents(db, userId, answers.map((row) => ({ ...row, ipHash })));
  return answers.length > 0;
}

/** The consent page (after a Clerk sign-in, or when the terms changed): accepts the current terms and privacy notice. */
export async function acceptCurrentTerms(ctx: UserContext): Promise<void> {
  const userId = ctx.principal.user.id;
  await ctx.db.transaction(async (tx) => {
    if (!(await recordAcceptance(tx, userId, ctx.ipHash, ctx.services.ai !== null))) return;
    await ctx.audit({ action: "consent.accept_terms", targetType: "user", targetId: userId, newValues: { version: CONSENT_QUESTIONS.terms.version } }, tx);
  });
}

/** Withdraws or grants one withdrawable consent, as a new record, and audits the change. */
export async function changeConsent(ctx: UserContext, kind: WithdrawableKind, granted: boolean): Promise<void> {
  const userId = ctx.principal.user.id;
  const version = CONSENT_QUESTIONS[kind].version;
  await ctx.db.transaction(async (tx) => {
    await recordConsents(tx, userId, [answer(kind, granted, ctx.ipHash)]);
    await ctx.audit({ action: granted ? "consent.grant" : "consent.withdraw", targetType: "consent", targetId: kind, newValues: { kind, version } }, tx);
  });
}

/**
 * The user turned the camera or microphone on: records the grant unless their current answer already is one for this
 * version of the text, so turning it on every session does not fill the history.
 */
export async function recordDeviceConsent(ctx: UserContext, kind: DeviceKind): Promise<{ recorded: boolean }> {
  const userId = ctx.principal.user.id;
  const latest = (await listLatestConsents(ctx.db, userId)).find((row) => row.kind === kind);
  if (latest?.granted && latest.version === CONSENT_QUESTIONS[kind].version) return { recorded: false };
  await changeConsent(ctx, kind, true);
  return { recorded: true };
}

/** Whether the user's current answer for a device lets the browser turn it on without asking (no answer yet: ask). */
export async function deviceConsentGiven(ctx: UserContext, kind: DeviceKind): Promise<boolean> {
  const latest = (await listLatestConsents(ctx.db, ctx.principal.user.id)).find((row) => row.kind === kind);
  return Boolean(latest?.granted);
}
