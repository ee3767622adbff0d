/**
 * One row owned by a person in each table a user owns, for the row-level security proofs. Written with whatever
 * handle the caller passes: the raw one (past row-level security) to arrange, a scoped one to try a forged write.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import { dataMap, tablesWithRowLevelSecurity } from "@/db/data-map";
import {
  accountSettings,
  auditEvents,
  authSessions,
  candidateProfiles,
  consents,
  practiceAnswers,
  practiceSessions,
  signInEvents,
  userBilling,
  userUsage,
  users,
} from "@/db/schema";

export type Person = { id: string; sessionId: string };

export const newPerson = (): Person => ({ id: randomUUID(), sessionId: randomUUID() });

/** The tables a user owns (organisation tables have their own proof in organisation-row-level-security.test.ts). */
export type UserOwnedTable =
  | "users"
  | "candidate_profiles"
  | "practice_sessions"
  | "practice_answers"
  | "consents"
  | "auth_sessions"
  | "audit_events"
  | "sign_in_events"
  | "account_settings"
  | "user_billing"
  | "user_usage";
export const userOwnedTables = (): UserOwnedTable[] =>
  tablesWithRowLevelSecurity().filter((table): table is UserOwnedTable => dataMap[table].owner.kind === "user");

/**
 * One row owned by `owner` in each user-owned table, in an order the foreign keys accept. The first test below fails
 * when the data map gains a user-owned table that has no row here, so the tests cannot skip it.
 */
export const rowOwnedBy: { readonly [N in UserOwnedTable]: (conn: Database, owner: Person) => Promise<unknown> } = {
  users: (conn, owner) =>
    conn.insert(users).values({ id: owner.id, authProviderId: `user_${randomUUID()}`, email: "rls@example.test" }),
  candidate_profiles: (conn, owner) => conn.insert(candidateProfiles).values({ userId: owner.id, cvText: "CV" }),
  practice_sessions: (conn, owner) =>
    conn
      .insert(practiceSessions)
      .values({ id: owner.sessionId, userId: owner.id, interviewType: "behavioural", questionCount: 1 }),
  practice_answers: (conn, owner) =>
    conn
      .insert(practiceAnswers)
      .values({ sessionId: owner.sessionId, userId: owner.id, position: 1, question: "Q1", answerText: "A1" }),
  consents: (conn, owner) =>
    conn.insert(consents).values({ userId: owner.id, kind: "camera", version: "v1", granted: true }),
  auth_sessions: (conn, owner) =>
    conn.insert(authSessions).values({ id: `sid_${randomUUID()}`, userId: owner.id, expiresAt: new Date(Date.now() + 3_600_000) }),
  audit_events: (conn, owner) =>
    conn.insert(auditEvents).values({ actorUserId: owner.id, action: "test.seed", targetType: "test" }),
  sign_in_events: (conn, owner) =>
    conn.insert(signInEvents).values({ userId: owner.id, sessionId: `sid_${randomUUID()}`, method: "local" }),
  account_settings: (conn, owner) => conn.insert(accountSettings).values({ userId: owner.id, practiceRetention: "90d" }),
  user_billing: (conn, owner) => conn.insert(userBilling).values({ userId: owner.id, stripeCustomerId: `cus_${randomUUID()}` }),
  user_usage: (conn, owner) =>
    conn.insert(userUsage).values({ userId: owner.id, metric: "practice_sessions", periodStart: "2026-12-01", used: 1 }),
};
