/**
 * Who is acting. Every request context carries exactly one principal, resolved by the route or action wrapper from
 * what was verified (a Clerk session, a token link, a job's schedule), never from anything the client asserted.
 */
import type { SubscriptionRow } from "@/db/queries/billing-state";
import type { Organisation, OrganisationRole, User } from "@/db/schema";

/** A signed-in person acting for themselves (the candidate side). */
export type UserPrincipal = {
  kind: "user";
  user: User;
  /** The verified session's id (Clerk's, or a local auth_sessions row), so sign-out can end exactly this one. */
  sessionId: string | null;
  /**
   * The user's own subscription, read with the user row when billing is on (null: none yet), so entitlements need no
   * query of their own. Absent when it was not read (billing off, or a principal built by a test).
   */
  subscription?: SubscriptionRow | null;
} & ConsentAnswers;

/**
 * The consent answers every request acts on, read with the user row. Absent (a principal built by a test or a
 * benchmark) means not looked up: terms are not asked for and AI processing is on.
 */
export type ConsentAnswers = {
  /** Version of the latest terms of use the user accepted; null when they never did (pages ask first). */
  acceptedTermsVersion?: string | null;
  /** False once the user withdrew AI processing: nothing of theirs reaches the AI provider. */
  aiProcessing?: boolean;
};

/** Someone who is not signed in: public pages and the free scorer. */
export type AnonymousPrincipal = { kind: "anonymous" };

/** A scheduled job acting for the service itself (cleanup, retention). */
export type SystemPrincipal = { kind: "system"; job: string };

/**
 * A signed-in person acting in one organisation, with their role there: resolved by the wrapper from the URL's slug
 * and the membership row, checked against the permission table before any service runs.
 */
export type MemberPrincipal = {
  kind: "member";
  user: User;
  sessionId: string | null;
  organisation: Pick<Organisation, "id" | "name" | "slug">;
  role: OrganisationRole;
} & ConsentAnswers;

/**
 * Whoever holds a candidate's assessment link: no account, only the SHA-256 of the link's token, which the database
 * scope carries so row-level security shows that one invite's rows and nothing else.
 */
export type CandidatePrincipal = { kind: "candidate"; tokenHash: string };

export type Principal = UserPrincipal | MemberPrincipal | CandidatePrincipal | AnonymousPrincipal | SystemPrincipal;

export type PrincipalKind = Principal["kind"];
