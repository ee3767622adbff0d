/**
 * A payer's subscription as the entitlements module reads it: the user's own billing row, or the organisation's with
 * its member count (seats in use). Read-only: only the Stripe webhook (db/queries/billing-webhook.ts, system role)
 * writes these rows, and row-level security (migration 0015) lets the app role see nothing but its own.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { count, eq } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { organisationBilling, organisationMembers, userBilling } from "../schema";

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
