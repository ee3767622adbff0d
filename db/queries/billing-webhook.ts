/**
 * Billing writes (issue #15): the Stripe customer a payer gets at their first checkout, the subscription state Stripe's
 * webhooks report, and the ids of the events already applied. Only the system role writes these tables (migration
 * 0015), so every caller passes a system-scoped handle; the webhook passes one transaction's handle to all of them, so
 * an event's id and its effects commit together or not at all.
 */
import "server-only";
import { and, count, eq, isNull, lte, or, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { organisationBilling, organisationMembers, type SubscriptionStatus, stripeEvents, userBilling } from "../schema";

export type BillingOwnerRef = { kind: "user"; id: string } | { kind: "organisation"; id: string };

/** What a Stripe subscription says, as our billing row holds it. */
export type SubscriptionState = {
  subscriptionId: string;
  plan: string | null;
  status: SubscriptionStatus;
  quantity: number;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
};

/** A payer's billing row; `subscriptionId` and `plan` are null before their first subscription. */
export type BillingRow = Omit<SubscriptionState, "subscriptionId"> & { subscriptionId: string | null; customerId: string; stateAt: Date | null };

const tableOf = (owner: BillingOwnerRef) => (owner.kind === "user" ? userBilling : organisationBilling);
const ownerColumn = (owner: BillingOwnerRef) => (owner.kind === "user" ? userBilling.userId : organisationBilling.orgId);

/** The payer's billing row, or null before their first checkout. */
export async function findBillingRow(db: ScopedDb, owner: BillingOwnerRef): Promise<BillingRow | null> {
  const table = tableOf(owner);
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({
        customerId: table.stripeCustomerId,
        subscriptionId: table.stripeSubscriptionId,
        plan: table.plan,
        status: table.status,
        quantity: table.quantity,
        currentPeriodEnd: table.currentPeriodEnd,
        cancelAtPeriodEnd: table.cancelAtPeriodEnd,
        stateAt: table.stripeStateAt,
      })
      .from(table)
      .where(eq(ownerColumn(owner), owner.id))
      .limit(1);
    return row ?? null;
  });
}

/**
 * Records the payer's Stripe customer (status "none"). When another request recorded one first, nothing changes and
 * the caller reads that one back: each payer keeps a single customer.
 */
export async function insertBillingCustomer(db: ScopedDb, owner: BillingOwnerRef, customerId: string): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const inserted =
      owner.kind === "user"
        ? await conn.insert(userBilling).values({ userId: owner.id, stripeCustomerId: customerId }).onConflictDoNothing().returning({ id: userBilling.userId })
        : await conn
            .insert(organisationBilling)
            .values({ orgId: owner.id, stripeCustomerId: customerId })
            .onConflictDoNothing()
            .returning({ id: organisationBilling.orgId });
    return inserted.length > 0;
  });
}

/** Whose customer this is, from our own rows; null for a customer we never created. */
export async function findOwnerByCustomer(db: ScopedDb, customerId: string): Promise<BillingOwnerRef | null> {
  return runScoped(db, async (conn) => {
    const [user] = await conn.select({ id: userBilling.userId }).from(userBilling).where(eq(userBilling.stripeCustomerId, customerId)).limit(1);
    if (user) return { kind: "user", id: user.id };
    const [org] = await conn
      .select({ id: organisationBilling.orgId })
      .from(organisationBilling)
      .where(eq(organisationBilling.stripeCustomerId, customerId))
      .limit(1);
    return org ? { kind: "organisation", id: org.id } : null;
  });
}

/**
 * Records an event as applied; false when it was already (a redelivery), in which case the caller applies nothing.
 * A concurrent delivery of the same id waits on the primary key until the first commits, then sees it.
 */
export async function recordStripeEvent(db: ScopedDb, event: { id: string; type: string; createdAt: Date }): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const inserted = await conn.insert(stripeEvents).values(event).onConflictDoNothing().returning({ id: stripeEvents.id });
    return inserted.length > 0;
  });
}

export async function isStripeEventRecorded(db: ScopedDb, eventId: string): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, eventId)).limit(1);
    return Boolean(row);
  });
}

const ENDED: SubscriptionStatus[] = ["canceled", "incomplete_expired"];

/**
 * Writes the subscription's state onto the payer's row unless the row already reflects a newer copy (`stateAt`, the
 * event's `created`), so an event that arrives late never moves the subscription backwards. Two more guards, for
 * events of the same second: an ended subscription is never revived by a copy of itself, and the end of another
 * subscription never overwrites the one the row holds. Answers whether the row changed.
 */
export async function applySubscriptionState(db: ScopedDb, owner: BillingOwnerRef, state: SubscriptionState, stateAt: Date): Promise<boolean> {
  const table = tableOf(owner);
  const sameSubscription = eq(table.stripeSubscriptionId, state.subscriptionId);
  const ended = ENDED.includes(state.status);
  const guards = and(
    eq(ownerColumn(owner), owner.id),
    or(isNull(table.stripeStateAt), lte(table.stripeStateAt, stateAt)),
    ended ? or(isNull(table.stripeSubscriptionId), sameSubscription) : undefined,
    ended ? undefined : sql`not (${sameSubscription} and ${table.status} in ('canceled', 'incomplete_expired'))`,
  );
  return runScoped(db, async (conn) => {
    const updated = await conn
      .update(table)
      .set({
        stripeSubscriptionId: state.subscriptionId,
        plan: state.plan,
        status: state.status,
        quantity: state.quantity,
        currentPeriodEnd: state.currentPeriodEnd,
        cancelAtPeriodEnd: state.cancelAtPeriodEnd,
        stripeStateAt: stateAt,
        updatedAt: sql`now()`,
      })
      .where(guards)
      .returning({ customerId: table.stripeCustomerId });
    return updated.length > 0;
  });
}

/** How many members the organisation has: its seat count. Read as the system role, which sees every member. */
export async function countOrganisationSeats(db: ScopedDb, orgId: string): Promise<number> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.select({ seats: count() }).from(organisationMembers).where(eq(organisationMembers.orgId, orgId));
    return row?.seats ?? 0;
  });
}
