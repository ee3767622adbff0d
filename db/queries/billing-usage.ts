/**
 * Monthly usage counters (user_usage, organisation_usage): read for the UI, and spent with ONE guarded statement per
 * use, so concurrent requests can never overspend: the insert creates the month's row, or the conflict takes the
 * row's lock and adds to it only while the sum stays within the limit; PostgreSQL re-checks that condition against
 * the row as the previous writer left it. No row back means refused, and nothing changed.
 *
 * Runs as the app role in the payer's scope (migration 0015 lets it insert and update its own usage rows only).
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { organisationUsage, userUsage } from "../schema";

/** One spend: `amount` uses of `metric` in the month starting `periodStart`, allowed while the total stays ≤ `limit`. */
export type UsageSpend = { metric: string; periodStart: string; amount: number; limit: number };

/** Spends from the user's allowance: the month's new total, or null when it would pass the limit (nothing spent). */
export async function spendUserUsage(db: ScopedDb, userId: string, spend: UsageSpend): Promise<number | null> {
  if (spend.amount > spend.limit) return null;
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .insert(userUsage)
      .values({ userId, metric: spend.metric, periodStart: spend.periodStart, used: spend.amount })
      .onConflictDoUpdate({
        target: [userUsage.userId, userUsage.metric, userUsage.periodStart],
        set: { used: sql`${userUsage.used} + ${spend.amount}` },
        setWhere: sql`${userUsage.used} + ${spend.amount} <= ${spend.limit}`,
      })
      .returning({ used: userUsage.used });
    return row?.used ?? null;
  });
}

/** Spends from the organisation's allowance: the month's new total, or null when it would pass the limit. */
export async function spendOrganisationUsage(db: ScopedDb, orgId: string, spend: UsageSpend): Promise<number | null> {
  if (spend.amount > spend.limit) return null;
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .insert(organisationUsage)
      .values({ orgId, metric: spend.metric, periodStart: spend.periodStart, used: spend.amount })
      .onConflictDoUpdate({
        target: [organisationUsage.orgId, organisationUsage.metric, organisationUsage.periodStart],
        set: { used: sql`${organisationUsage.used} + ${spend.amount}` },
        setWhere: sql`${organisationUsage.used} + ${spend.amount} <= ${spend.limit}`,
      })
      .returning({ used: organisationUsage.used });
    return row?.used ?? null;
  });
}

/** What the user used of `metric` in the month starting `periodStart` (0 before the first use). */
export async function findUserUsage(db: ScopedDb, userId: string, metric: string, periodStart: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ used: userUsage.used })
      .from(userUsage)
      .where(and(eq(userUsage.userId, userId), eq(userUsage.metric, metric), eq(userUsage.periodStart, periodStart)))
      .limit(1);
    return row?.used ?? 0;
  });
}

/** What the organisation used of `metric` in the month starting `periodStart` (0 before the first use). */
export async function findOrganisationUsage(db: ScopedDb, orgId: string, metric: string, periodStart: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ used: organisationUsage.used })
      .from(organisationUsage)
      .where(and(eq(organisationUsage.orgId, orgId), eq(organisationUsage.metric, metric), eq(organisationUsage.periodStart, periodStart)))
      .limit(1);
    return row?.used ?? 0;
  });
}
