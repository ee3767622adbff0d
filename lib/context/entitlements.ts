/**
 * What the principal's plan allows, resolved at most once per request (the context memoises it) and only when asked:
 * the 402 checks, the allowance spends and the plan-dependent services ask for it. With billing off the answer is
 * "open" without touching the database: every feature, no limits, nothing counted.
 *
 * With billing on, a signed-in person pays for themselves (user_billing), a member acting in an organisation is
 * covered by the organisation's plan (organisation_billing); one primary-key select either way. Anyone else (a
 * candidate's link, a job, a visitor) has no plan: nothing that needs one is reachable by them.
 */
import "server-only";
import { cache } from "react";
import { findOrganisationSubscription, findUserSubscription, type SubscriptionRow } from "@/db/queries/billing-state";
import type { ScopedDb } from "@/db/scoped";
import { effectivePlan, featuresOf, monthlyLimit, seatsOf } from "@/lib/billing/allowance";
import type { BillingMode } from "@/lib/billing/billing-mode";
import { GATED_FEATURES, type GatedFeature, type Metric, METRICS, type Plan, type PlanId } from "@/lib/billing/plans";
import type { Principal } from "./principal";

export type Feature = GatedFeature;
export const FEATURES = GATED_FEATURES;

/** Who is billed for what this principal does. */
export type Payer = { kind: "user"; userId: string } | { kind: "organisation"; orgId: string; slug: string };

export type Entitlements = {
  /** "open": billing is off on this deployment; null: billing is on and nothing covers this principal. */
  plan: PlanId | "open" | null;
  /** False when billing is off: allowances are neither checked nor counted. */
  metered: boolean;
  payer: Payer | null;
  features: ReadonlySet<Feature>;
  /** Paid seats (a team's subscription quantity; 1 otherwise). */
  seats: number;
  /** This month's limit per metric, seats included; a metric not listed is not allowed (when metered). */
  limits: Partial<Record<Metric, number>>;
  /** When the current paid period ends (and, with `cancelAtPeriodEnd`, the plan with it). */
  periodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
};

export const OPEN_ENTITLEMENTS: Entitlements = {
  plan: "open",
  metered: false,
  payer: null,
  features: new Set(GATED_FEATURES),
  seats: 1,
  limits: {},
  periodEnd: null,
  cancelAtPeriodEnd: false,
};

function payerOf(principal: Principal): Payer | null {
  if (principal.kind === "user") return { kind: "user", userId: principal.user.id };
  if (principal.kind === "member") return { kind: "organisation", orgId: principal.organisation.id, slug: principal.organisation.slug };
  return null;
}

/** The entitlements a subscription row grants a payer at `now`. Pure; exported for tests. */
export function entitlementsFrom(payer: Payer | null, subscription: SubscriptionRow | null, now: Date): Entitlements {
  const audience: Plan["audience"] = payer?.kind === "organisation" ? "organisation" : "candidate";
  const plan = payer ? effectivePlan(subscription, audience, now) : null;
  const seats = seatsOf(plan, subscription);
  const live = plan !== null && subscription !== null && subscription.plan === plan;
  return {
    plan,
    metered: true,
    payer,
    features: new Set(featuresOf(plan)),
    seats,
    limits: Object.fromEntries(METRICS.map((metric) => [metric, monthlyLimit(plan, metric, seats)]).filter(([, limit]) => limit !== 0)),
    periodEnd: live ? subscription.currentPeriodEnd : null,
    cancelAtPeriodEnd: live ? subscription.cancelAtPeriodEnd : false,
  };
}

/**
 * The billing rows read during one server render, by payer. A page and each of its layouts build a context of their
 * own; they share one select through this. React's `cache` lasts one render and is inert in route handlers and
 * actions, whose single context memoises the answer already.
 */
const subscriptionsThisRender = cache(() => new Map<string, Promise<SubscriptionRow | null>>());

function readSubscription(db: ScopedDb, payer: Payer): Promise<SubscriptionRow | null> {
  const read = () => (payer.kind === "user" ? findUserSubscription(db, payer.userId) : findOrganisationSubscription(db, payer.orgId));
  const memo = subscriptionsThisRender();
  const key = payer.kind === "user" ? `user:${payer.userId}` : `organisation:${payer.orgId}`;
  let pending = memo.get(key);
  if (!pending) {
    pending = read();
    memo.set(key, pending);
    // A failed read is not kept: the next context of the render tries again.
    pending.catch(() => memo.delete(key));
  }
  return pending;
}

/** The principal's entitlements at `now`: "open" with billing off, else read from the payer's billing row. */
export async function resolveEntitlements(principal: Principal, db: ScopedDb, now: Date, billing: BillingMode): Promise<Entitlements> {
  if (billing === "off") return OPEN_ENTITLEMENTS;
  const payer = payerOf(principal);
  if (!payer) return entitlementsFrom(null, null, now);
  // A signed-in user's plan usually came with the principal (lib/auth/principal.ts): no query then.
  const known = principal.kind === "user" && principal.subscription !== undefined ? principal.subscription : undefined;
  return entitlementsFrom(payer, known === undefined ? await readSubscription(db, payer) : known, now);
}
