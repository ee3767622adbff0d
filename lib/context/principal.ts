/**
 * Who is acting. Every request context carries exactly one principal, resolved by the route or action wrapper from
 * what was verified (a Clerk session, a token link, a job's schedule), never from anything the client asserted.
 */
import type { User } from "@/db/schema";

/** A signed-in person acting for themselves (the candidate side). */
export type UserPrincipal = {
  kind: "user";
  user: User;
  /** The verified session's id (Clerk's, or a local auth_sessions row), so sign-out can end exactly this one. */
  sessionId: string | null;
};

/** Someone who is not signed in: public pages and the free scorer. */
export type AnonymousPrincipal = { kind: "anonymous" };

/** A scheduled job acting for the service itself (cleanup, retention). */
export type SystemPrincipal = { kind: "system"; job: string };

// Organisation members (user + organisation + role) and assessment candidates (an attempt, from a token link) join
// this union with the issues that bring them; the wrappers, the scoped handle and the matrix test are built for them.
export type Principal = UserPrincipal | AnonymousPrincipal | SystemPrincipal;

export type PrincipalKind = Principal["kind"];
