/**
 * Resolving who is signed in: the one place the app asks Clerk. Pages and server actions use `auth()`; route handlers
 * pass their request to `getAuth()`, which reads the verdict Clerk's middleware attached to it. The user row is then
 * found (or, with Clerk, created on first sign-in) through a handle scoped to the verified subject, so even this
 * lookup can see no other user's row. In local mode the token's session must also still be open: signing out ends
 * it at once, not when the token expires.
 */
import "server-only";
import { cache } from "react";
import { adapters } from "@/lib/env";
import { auth, clerkClient, getAuth } from "@clerk/nextjs/server";
import { findUserInOpenSession } from "@/db/queries/auth-sessions";
import { findUserByAuthProviderId, upsertUserByAuthProviderId } from "@/db/queries/users";
import type { UserWithConsentSnapshot } from "@/db/queries/consent-state";
import { recordClerkSignInOnce } from "@/lib/privacy/sign-ins/record-sign-in";
import { scopedDb } from "@/db/scoped";
import type { User } from "@/db/schema";
import type { UserPrincipal } from "@/lib/context/principal";
import { defaultServices, type Services } from "@/lib/context/services";

/** What Clerk verified: the subject (user id at the auth provider) and the session id. */
export type VerifiedSession = { subject: string; sessionId: string | null };

function verified(result: { userId: string | null; sessionId?: string | null }): VerifiedSession | null {
  return result.userId ? { subject: result.userId, sessionId: result.sessionId ?? null } : null;
}

/**
 * The verified session of this server render or action, or null. Where Clerk's middleware did not run (the proxy
 * skips static prefixes, whose missing files still render the not-found page), nobody is signed in.
 */
export async function signedInSession(): Promise<VerifiedSession | null> {
  try {
    return verified(await auth());
  } catch {
    return null;
  }
}

/** The verified session of a route handler's request, or null (also when the middleware did not run: 401). */
export function signedInSessionFromRequest(request: Request): VerifiedSession | null {
  try {
    return verified(getAuth(request as Parameters<typeof getAuth>[0]));
  } catch {
    return null;
  }
}

/**
 * The principal for a verified session, or null. Local sign-in writes the user row and opens the session row itself,
 * and a token whose session has ended finds nothing; with Clerk (which keeps the sessions), the email and name come
 * from Clerk's API the first time we see the user.
 */
export async function principalFor(
  session: VerifiedSession,
  services: Pick<Services, "database"> & Partial<Pick<Services, "billing">>,
  now: Date = new Date(),
): Promise<UserPrincipal | null> {
  const db = scopedDb(services.database, { role: "app", subject: session.subject });
  // With billing on, the plan comes with the user row: the request's entitlements then need no query of their own.
  const options = { withSubscription: (services.billing ?? "off") !== "off" };
  if (adapters.auth !== "clerk") {
    const found = session.sessionId ? await findUserInOpenSession(db, session.subject, session.sessionId, now, options) : null;
    return found ? userPrincipal(found, session.sessionId) : null;
  }
  const found = await findUserByAuthProviderId(db, session.subject, options);
  const created = found ? null : await createFromClerk(db, session.subject);
  // A token minted before its account was deleted still verifies for a minute: the user is gone at Clerk too.
  if (!found && !created) return null;
  const firstSeen = { acceptedTermsVersion: null, aiProcessingWithdrawn: false, ...(options.withSubscription ? { subscription: null } : {}) };
  const principal = found ? userPrincipal(found, session.sessionId) : userPrincipal({ ...created!, ...firstSeen }, session.sessionId);
  await recordClerkSignInOnce(services, principal);
  return principal;
}

function userPrincipal(
  { acceptedTermsVersion, aiProcessingWithdrawn, subscription, ...user }: UserWithConsentSnapshot,
  sessionId: string | null,
): UserPrincipal {
  const principal: UserPrincipal = { kind: "user", user, sessionId, acceptedTermsVersion, aiProcessing: !aiProcessingWithdrawn };
  return subscription === undefined ? principal : { ...principal, subscription };
}

/** The user row for a Clerk subject seen for the first time, or null when Clerk no longer has that user (404). */
async function createFromClerk(db: ReturnType<typeof scopedDb>, subject: string): Promise<User | null> {
  const clerkUser = await (await clerkClient()).users.getUser(subject).catch((error: unknown) => {
    if ((error as { status?: unknown } | null)?.status === 404) return null;
    throw error;
  });
  if (!clerkUser) return null;
  const email = clerkUser.primaryEmailAddress?.emailAddress ?? clerkUser.emailAddresses[0]?.emailAddress ?? "";
  const displayName = [clerkUser.firstName, clerkUser.lastName].filter(Boolean).join(" ") || null;
  return upsertUserByAuthProviderId(db, { authProviderId: subject, email, displayName });
}

/** The signed-in principal of this server render, resolved once per request however many layouts and pages ask. */
export const signedInPrincipal = cache(async (): Promise<UserPrincipal | null> => {
  const session = await signedInSession();
  return session ? principalFor(session, defaultServices()) : null;
});
