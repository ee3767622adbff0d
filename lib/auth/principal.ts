/**
 * Resolving who is signed in: the one place the app asks Clerk. Pages and server actions use `auth()`; route handlers
 * pass their request to `getAuth()`, which reads the verdict Clerk's middleware attached to it. The user row is then
 * found (or, with Clerk, created on first sign-in) through a handle scoped to the verified subject, so even this
 * lookup can see no other user's row.
 */
import "server-only";
import { cache } from "react";
import { adapters } from "@/lib/env";
import { auth, clerkClient, getAuth } from "@clerk/nextjs/server";
import { findUserByAuthProviderId, upsertUserByAuthProviderId } from "@/db/queries/users";
import { scopedDb } from "@/db/scoped";
import type { User } from "@/db/schema";
import { defaultServices, type Services } from "@/lib/context/services";

/**
 * The verified subject of this server render or action, or null. Where Clerk's middleware did not run (the proxy
 * skips static prefixes, whose missing files still render the not-found page), nobody is signed in.
 */
export async function signedInSubject(): Promise<string | null> {
  try {
    const { userId } = await auth();
    return userId ?? null;
  } catch {
    return null;
  }
}

/** The verified subject of a route handler's request, or null (also when the middleware did not run: 401). */
export function signedInSubjectFromRequest(request: Request): string | null {
  try {
    return getAuth(request as Parameters<typeof getAuth>[0]).userId ?? null;
  } catch {
    return null;
  }
}

/**
 * The user row for a verified subject. Local sign-in writes the row itself; with Clerk, the email and name come from
 * Clerk's API the first time we see the user. Null for a subject with no row (a local token whose user was deleted).
 */
export async function userForSubject(subject: string, services: Pick<Services, "database">): Promise<User | null> {
  const db = scopedDb(services.database, { role: "app", subject });
  const existing = await findUserByAuthProviderId(db, subject);
  if (existing) return existing;
  if (adapters.auth !== "clerk") return null;
  const clerkUser = await (await clerkClient()).users.getUser(subject);
  const email = clerkUser.primaryEmailAddress?.emailAddress ?? clerkUser.emailAddresses[0]?.emailAddress ?? "";
  const displayName = [clerkUser.firstName, clerkUser.lastName].filter(Boolean).join(" ") || null;
  return upsertUserByAuthProviderId(db, { authProviderId: subject, email, displayName });
}

/** The signed-in user of this server render, looked up once per request however many layouts and pages ask. */
export const signedInUser = cache(async (): Promise<User | null> => {
  const subject = await signedInSubject();
  return subject ? userForSubject(subject, defaultServices()) : null;
});
