/**
 * Request contexts for integration tests: the same `createContext` the wrappers use, over the test file's own
 * database, with whatever services or clock a test swaps in. Users are created through a handle scoped to their
 * subject, as sign-in creates them, so the tests pass through row-level security like the app does.
 */
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { scopedDb } from "@/db/scoped";
import type { User } from "@/db/schema";
import { type ContextOptions, createContext, type SystemContext, systemContext, type UserContext } from "@/lib/context/request-context";

/** A new user row (a fresh subject each call), created as sign-in creates one. */
export async function createTestUser(input: { email?: string; displayName?: string | null; subject?: string } = {}): Promise<User> {
  const subject = input.subject ?? `user_${randomUUID()}`;
  const db = scopedDb(getDb, { role: "app", subject });
  return upsertUserByAuthProviderId(db, {
    authProviderId: subject,
    email: input.email ?? `${subject}@example.test`,
    displayName: input.displayName,
  });
}

/** The context a signed-in request of `user` gets. */
export function contextFor(user: User, options: ContextOptions = {}): UserContext {
  return createContext({ kind: "user", user, sessionId: null }, options);
}

/** A new user and their context in one call. */
export async function newUserContext(options: ContextOptions & { email?: string } = {}): Promise<UserContext> {
  const { email, ...contextOptions } = options;
  return contextFor(await createTestUser({ email }), contextOptions);
}

/** The context a scheduled job gets. */
export function systemContextFor(job = "test", options: Omit<ContextOptions, "ipHash"> = {}): SystemContext {
  return systemContext(job, options);
}

/** A new user as local sign-in creates one, with the session cookie a signed-in browser would send. */
export async function signedInTestUser(email = `user-${randomUUID()}@example.test`): Promise<{ user: User; cookie: string }> {
  const { localSubjectForEmail } = await import("@/lib/auth/local-token");
  const { sessionCookieFor } = await import("@/tests/helpers/through-proxy");
  const user = await createTestUser({ email, subject: localSubjectForEmail(email), displayName: email });
  return { user, cookie: await sessionCookieFor(email) };
}
