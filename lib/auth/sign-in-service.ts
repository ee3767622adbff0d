/**
 * Local sign-in and sign-out as services. Signing in mints a Clerk-format session for the email, then, in one
 * transaction, finds or creates the user (scoped to the new session's subject: it can reach only its own user row),
 * opens the session's row and records the sign-in, its history entry and the consents the form asked for (scoped to
 * the user). Signing out ends the session's row, so the
 * token stops verifying on the next request. The actions set and clear the cookies.
 */
import "server-only";
import { recordAuditEvent } from "@/db/queries/audit";
import { endAllAuthSessions, endAuthSession, openAuthSession } from "@/db/queries/auth-sessions";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import type { Database } from "@/db/client";
import { scopedDb, switchScope } from "@/db/scoped";
import type { User } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { RequestContext, UserContext } from "@/lib/context/request-context";
import { adapters } from "@/lib/env";
import { recordAcceptance } from "@/lib/privacy/consents/consent-service";
import { recordSignIn, requestUserAgent } from "@/lib/privacy/sign-ins/record-sign-in";
import { revokeClerkSessions } from "./clerk-sessions";
import { type IssuedLocalSession, issueLocalSession } from "./local-session";
import type { LocalSignInInput } from "./schemas";

/**
 * Stores what a newly issued local session needs: the user row (created on first sign-in) and the open session row.
 * Returns the user, and the transaction's handle scoped to them for anything else the sign-in records.
 */
export async function recordLocalSession(
  open: () => Promise<Database>,
  session: IssuedLocalSession,
  person: { email: string; displayName: string },
  now: Date,
  also?: (user: User, asUser: ReturnType<typeof scopedDb>) => Promise<void>,
): Promise<User> {
  return scopedDb(open, { role: "app", subject: session.subject }).transaction(async (tx) => {
    const user = await upsertUserByAuthProviderId(tx, { authProviderId: session.subject, ...person });
    const asUser = await switchScope(tx, { role: "app", userId: user.id });
    await openAuthSession(asUser, { id: session.sessionId, userId: user.id, expiresAt: new Date(now.getTime() + session.maxAgeSeconds * 1000) });
    await also?.(user, asUser);
    return user;
  });
}

export async function signInLocally(ctx: RequestContext, input: LocalSignInInput): Promise<{ user: User; session: IssuedLocalSession }> {
  if (adapters.auth !== "local") throw new AppError("not_found", "Local sign-in is off on this deployment.");
  const now = ctx.now();
  const session = issueLocalSession(input.email, now);
  const user = await recordLocalSession(ctx.services.database, session, input, now, async (row, asUser) => {
    // The context's principal is still anonymous: the actor is the user just resolved.
    await recordAuditEvent(asUser, { actorUserId: row.id, action: "auth.sign_in", targetType: "user", targetId: row.id, ipHash: ctx.ipHash });
    // The form's required checkbox accepted the terms and privacy notice; AI processing, disclosed there, is on by default.
    await recordAcceptance(asUser, row.id, ctx.ipHash, ctx.services.ai !== null);
    const userAgent = await requestUserAgent();
    await recordSignIn(asUser, { userId: row.id, sessionId: session.sessionId, method: "local", userAgent, ipHash: ctx.ipHash });
  });
  return { user, session };
}

/** Ends the signed-in session (this device). Signing out with no open session is not an error: there is nothing to end. */
export async function signOut(ctx: RequestContext): Promise<void> {
  if (ctx.principal.kind !== "user" || !ctx.principal.sessionId) return;
  if (adapters.auth === "clerk") return; // Clerk's own sign-out (its SignOutButton) ends Clerk sessions.
  await endAuthSession(ctx.db, ctx.principal.user.id, ctx.principal.sessionId, ctx.now());
  await ctx.audit({ action: "auth.sign_out", targetType: "user", targetId: ctx.principal.user.id });
}

/** Ends every session of the signed-in user, on every device; returns how many were open. */
export async function signOutEverywhere(ctx: UserContext): Promise<number> {
  const userId = ctx.principal.user.id;
  const ended =
    adapters.auth === "clerk"
      ? await revokeClerkSessions(ctx.principal.user.authProviderId)
      : await endAllAuthSessions(ctx.db, userId, ctx.now());
  await ctx.audit({ action: "auth.sign_out_everywhere", targetType: "user", targetId: userId, newValues: { endedSessions: ended } });
  return ended;
}
