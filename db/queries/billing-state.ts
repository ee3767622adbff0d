/**
 * A payer's subscription as the entitlements module reads it: the user's own billing row, or the organisation's with
 * its member count (seats in use). Read-only: only the Stripe webhook (db/queries/billing-webhook.ts, system role)
 * writes these rows, and row-level security (migration 0015) lets the app role see nothing but its own.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { count, eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { organisationBilling, organisationMembers, userBilling, users } from "../schema";

const subscriptionFields = (table: typeof userBilling | typeof organisationBilling) => ({
  plan: table.plan,
  status: table.status,
  quantity: table.quantity,
  currentPeriodEnd: table.currentPeriodEnd,
  cancelAtPeriodEnd: table.cancelAtPeriodEnd,
});

export type SubscriptionRow = {
  plan: string | null;
  status: string;
  quantity: number;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
};

/**
 * The user's own subscription as one column of the statement that finds the user (the principal lookup, under the
 * subject's scope: policy user_billing_subject_read, migration 0018), so entitlements need no second round trip.
 * JSON, not a row: a scalar subquery returns one value. Null before the user's first checkout.
 */
export const ownSubscriptionColumn = sql<OwnSubscriptionJson | null>`(select json_build_object('plan', b.plan, 'status', b.status, 'quantity', b.quantity, 'currentPeriodEnd', b.current_period_end, 'cancelAtPeriodEnd', b.cancel_at_period_end) from user_billing b where b.user_id = ${users.id})`;

type OwnSubscriptionJson = Omit<SubscriptionRow, "currentPeriodEnd"> & { currentPeriodEnd: string | null };

/** The column above as a SubscriptionRow (JSON carries the period end as text). */
export function ownSubscriptionFrom(value: OwnSubscriptionJson | null): SubscriptionRow | null {
  if (!value) return null;
  return { ...value, currentPeriodEnd: value.currentPeriodEnd === null ? null : new Date(value.currentPeriodEnd) };
}

/** The user's subscription, or null before their first checkout. One primary-key lookup. */
export async function findUserSubscription(db: ScopedDb, userId: string): Promise<SubscriptionRow | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.select(subscriptionFields(userBilling)).from(userBilling).where(eq(userBilling.userId, userId)).limit(1);
    return row ?? null;
  });
}

/** The organisation's subscription, or null before its first checkout. One primary-key lookup. */
export async function findOrganisationSubscription(db: ScopedDb, orgId: string): Promise<SubscriptionRow | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select(subscriptionFields(organisationBilling))
      .from(organisationBilling)
      .where(eq(organisationBilling.orgId, orgId))
      .limit(1);
    return row ?? null;
  });
}

/** How many members the organisation has: the seats in use (owners, managers and reviewers all count). */
export async function countOrganisationMembers(db: ScopedDb, orgId: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.select({ n: count() }).from(organisationMembers).where(eq(organisationMembers.orgId, orgId));
    return row?.n ?? 0;
  });
}
