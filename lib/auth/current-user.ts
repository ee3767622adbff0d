/**
 * The one place the app asks Clerk who is signed in. Pages and server actions use auth(); route handlers pass their
 * request to getAuth(), which reads the verdict Clerk's middleware attached to it.
 */
import { adapters } from "@/lib/env";
import { auth, clerkClient, getAuth } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/api/app-error";
import { findUserByAuthProviderId, upsertUserByAuthProviderId } from "@/db/queries/users";
import type { User } from "@/db/schema";

export async function signedInSubject(): Promise<string | null> {
  const { userId } = await auth();
  return userId ?? null;
}

export function signedInSubjectFromRequest(request: Request): string | null {
  // getAuth reads only the headers Clerk's middleware attached. It throws when the middleware did not run; that is
  // never a signed-in request, so it reads as signed out (401), not as a server error.
  try {
    return getAuth(request as Parameters<typeof getAuth>[0]).userId ?? null;
  } catch {
    return null;
  }
}

/**
 * The user row for a verified subject, created on first sign-in. Local sign-in writes the row itself; with Clerk the
 * email and name come from Clerk's API the first time we see the user.
 */
export async function userForSubject(subject: string): Promise<User | null> {
  const existing = await findUserByAuthProviderId(subject);
  if (existing) return existing;
  if (adapters.auth !== "clerk") return null;
  const clerkUser = await (await clerkClient()).users.getUser(subject);
  const email = clerkUser.primaryEmailAddress?.emailAddress ?? clerkUser.emailAddresses[0]?.emailAddress ?? "";
  const displayName = [clerkUser.firstName, clerkUser.lastName].filter(Boolean).join(" ") || null;
  return upsertUserByAuthProviderId({ authProviderId: subject, email, displayName });
}

/** For server actions and route handlers: the signed-in user, or a 401 AppError. */
export async function requireUser(subject?: string | null): Promise<User> {
  const resolved = subject === undefined ? await signedInSubject() : subject;
  const user = resolved ? await userForSubject(resolved) : null;
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  return user;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUserForPage(returnTo: string): Promise<User> {
  const subject = await signedInSubject();
  const user = subject ? await userForSubject(subject) : null;
  if (!user) redirect(`/sign-in?redirect_url=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For layouts: the signed-in user if any, without redirecting. */
export async function optionalUser(): Promise<User | null> {
  const subject = await signedInSubject();
  return subject ? userForSubject(subject) : null;
}
