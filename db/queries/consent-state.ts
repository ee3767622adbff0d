/**
 * The user's current consent answers: the latest row per kind of the append-only consents table (db/queries/consents.ts
 * appends one and lists the history). Also the two answers every signed-in request needs (which terms the user
 * accepted, whether they withdrew AI processing), as columns to add to the query that finds the user, so resolving
 * the principal stays one round-trip.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Each query runs
 * in the handle's transaction, as the principal, under row-level security; pass a handle from `db.transaction()` to
 * make several calls atomic. Every query for user data still takes the owner's id and filters on it.
 */
import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type Consent, consents, users, type User } from "../schema";
import { ownSubscriptionColumn, ownSubscriptionFrom, type SubscriptionRow } from "./billing-state";
import type { ConsentInput } from "./consents";

export type ConsentSnapshot = {
  /** Version of the latest terms the user accepted; null when they never did. */
  acceptedTermsVersion: string | null;
  /** True when the user's latest answer on AI processing is a withdrawal. */
  aiProcessingWithdrawn: boolean;
};

export type UserWithConsentSnapshot = User &
  ConsentSnapshot & {
    /** The user's own subscription (null before their first checkout); absent when not asked for (billing off). */
    subscription?: SubscriptionRow | null;
  };

/** Columns for `select({ user: users, ...consentSnapshotColumns })`; the latest row per kind wins (seq breaks ties). */
const consentSnapshotColumns = {
  acceptedTermsVersion: sql<string | null>`(select c.version from consents c where c.user_id = ${users.id} and c.kind = 'terms' and c.granted order by c.created_at desc, c.seq desc limit 1)`,
  aiProcessingWithdrawn: sql<boolean>`coalesce((select not c.granted from consents c where c.user_id = ${users.id} and c.kind = 'ai_processing' order by c.created_at desc, c.seq desc limit 1), false)`,
};

/**
 * Everything the principal lookup reads beside the user row: the consent snapshot and, when billing is on, the user's
 * own subscription (a constant null otherwise, which costs nothing).
 */
export function principalSnapshotColumns(withSubscription: boolean) {
  return { ...consentSnapshotColumns, subscription: withSubscription ? ownSubscriptionColumn : sql<null>`null` };
}

type SnapshotRow = { user: User } & ConsentSnapshot & { subscription?: Parameters<typeof ownSubscriptionFrom>[0] };

export function withConsentSnapshot(row: SnapshotRow, withSubscription = false): UserWithConsentSnapshot {
  const snapshot: UserWithConsentSnapshot = {
    ...row.user,
    acceptedTermsVersion: row.acceptedTermsVersion,
    aiProcessingWithdrawn: Boolean(row.aiProcessingWithdrawn),
  };
  return withSubscription ? { ...snapshot, subscription: ownSubscriptionFrom(row.subscription ?? null) } : snapshot;
}

/** The owner's latest answer per consent kind (one row per kind), for the privacy settings page. */
export async function listLatestConsents(db: ScopedDb, userId: string): Promise<Consent[]> {
  return runScoped(db, async (conn) => {
    return conn
      .selectDistinctOn([consents.kind])
      .from(consents)
      .where(eq(consents.userId, userId))
      .orderBy(consents.kind, desc(consents.createdAt), desc(consents.seq));
  });
}

/** Appends several answers at once (sign-in records terms, privacy notice and AI processing together). */
export async function recordConsents(db: ScopedDb, userId: string, inputs: ConsentInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await runScoped(db, (conn) =>
    conn.insert(consents).values(
      inputs.map((input) => ({ userId, kind: input.kind, version: input.version, granted: input.granted, ipHash: input.ipHash ?? null })),
    ),
  );
}
