/**
 * Billing (issue #15): who pays Stripe, the one subscription each payer may hold, what each has used of its monthly
 * allowances, and the Stripe events already applied. A candidate pays for themselves (`user_billing`), a hiring team
 * per seat (`organisation_billing`); each row cascades from its owner, so account or organisation deletion removes it
 * (the Stripe customer itself is deleted by the account-deletion service).
 *
 * Subscription state is kept on the payer's row, not in a table of its own: the product sells one plan per payer, and
 * the webhook handler updates that row only when Stripe's copy is newer (`stripe_state_at`), so events that arrive
 * out of order never move a subscription backwards.
 */
import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, date, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./core";
import { organisations } from "./organisations";

/** Subscription statuses as Stripe names them; "none" before the first checkout. */
export const SUBSCRIPTION_STATUSES = [
  "none",
  "incomplete",
  "incomplete_expired",
  "trialing",
  "active",
  "past_due",
  "canceled",
  "unpaid",
  "paused",
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

const subscriptionColumns = () => ({
  stripeCustomerId: text("stripe_customer_id").notNull().unique(),
  stripeSubscriptionId: text("stripe_subscription_id").unique(),
  /** A plan id from lib/billing/plans.ts; null before the first subscription. */
  plan: text("plan"),
  status: text("status", { enum: SUBSCRIPTION_STATUSES }).notNull().default("none"),
  /** Seats for a team; 1 for a candidate. */
  quantity: integer("quantity").notNull().default(1),
  currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }),
  /** A cancellation or downgrade takes effect at the period end; until then the plan holds. */
  cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
  /** When Stripe's copy this row reflects was current (the event's `created`): older events change nothing. */
  stripeStateAt: timestamp("stripe_state_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

const statusCheck = (name: string, status: AnyPgColumn) =>
  check(name, sql`${status} in ('none', 'incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused')`);

export const userBilling = pgTable(
  "user_billing",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    ...subscriptionColumns(),
  },
  (t) => [statusCheck("user_billing_status_check", t.status)],
);

export const organisationBilling = pgTable(
  "organisation_billing",
  {
    orgId: uuid("org_id")
      .primaryKey()
      .references(() => organisations.id, { onDelete: "cascade" }),
    ...subscriptionColumns(),
  },
  (t) => [statusCheck("organisation_billing_status_check", t.status)],
);

/** What a user used of a monthly allowance (calendar month, UTC). One row per user, metric and month. */
export const userUsage = pgTable(
  "user_usage",
  {
    // A single-column key: the data export reads any table in keyset pages by it.
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    metric: text("metric").notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    used: integer("used").notNull().default(0),
  },
  (t) => [unique("user_usage_period_unique").on(t.userId, t.metric, t.periodStart), check("user_usage_used_check", sql`${t.used} >= 0`)],
);

/** What an organisation used of a monthly allowance (calendar month, UTC). */
export const organisationUsage = pgTable(
  "organisation_usage",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    metric: text("metric").notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    used: integer("used").notNull().default(0),
  },
  (t) => [
    unique("organisation_usage_period_unique").on(t.orgId, t.metric, t.periodStart),
    check("organisation_usage_used_check", sql`${t.used} >= 0`),
  ],
);

/**
 * Stripe events already applied, by id. Inserted in the same transaction as the event's effects: a redelivered event
 * hits the primary key and changes nothing; a failed handler rolls back its row with its effects, so Stripe's retry
 * applies it whole.
 */
export const stripeEvents = pgTable(
  "stripe_events",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    /** The event's own `created`, for ordering and diagnosis. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    appliedAt: timestamp("applied_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stripe_events_applied_idx").on(t.appliedAt)],
);

export type UserBilling = typeof userBilling.$inferSelect;
export type OrganisationBilling = typeof organisationBilling.$inferSelect;
