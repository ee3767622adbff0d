/**
 * The one place that answers "may this principal do X, and how much is left", for every plan-gated action. Routes
 * and actions never check plans: the wrappers' `entitlement` option calls `requireFeature`, services spend their
 * allowance with `consumeAllowance`, and the wrappers hand every request through `applyPlan`, which gives a
 * candidate whose plan lacks AI the offline engines (as the AI opt-out does) rather than a refusal.
 *
 * With billing off (ctx.services.billing) every answer is "yes" and nothing is counted or read.
 */
import "server-only";
import { countOrganisationMembers } from "@/db/queries/billing-state";
import { findOrganisationUsage, findUserUsage, spendOrganisationUsage, spendUserUsage } from "@/db/queries/billing-usage";
import type { ScopedDb } from "@/db/scoped";
import { AppError } from "@/lib/api/app-error";
import type { Entitlements, Feature, Payer } from "@/lib/context/entitlements";
import type { RequestContext } from "@/lib/context/request-context";
import { offlineQuestionSource } from "@/lib/practice/session/question-source";
import { fits, nextPeriodStart, periodStartOf, remaining, seatsExceeded } from "./allowance";
import { type Metric, PLANS } from "./plans";

/** Who a metric is counted against. */
const METRIC_PAYER: Record<Metric, Payer["kind"]> = { practice_sessions: "user", assessment_invites: "organisation" };

const METRIC_NOUN: Record<Metric, [one: string, many: string]> = {
  practice_sessions: ["practice session", "practice sessions"],
  assessment_invites: ["candidate invite", "candidate invites"],
};

const FEATURE_REFUSAL: Record<Feature, string> = {
  "practice.ai": "AI questions and feedback come with the Pro plan.",
  "practice.voice": "Reading questions aloud and transcribing recorded answers come with the Pro plan; your browser's own voice and typing still work.",
  hiring: "Hiring needs the Team plan: choose seats for this organisation to build assessments and invite candidates.",
};

/** Where a refused principal goes to upgrade: the pricing page, naming the organisation for a team. */
export function upgradeUrlFor(payer: Payer | null): string {
  return payer?.kind === "organisation" ? `/pricing?org=${encodeURIComponent(payer.slug)}` : "/pricing";
}

function paymentRequired(message: string, entitlements: Entitlements): AppError {
  return new AppError("payment_required", message, { upgradeUrl: upgradeUrlFor(entitlements.payer) });
}

/** Whether the principal's plan includes `feature` (always, with billing off). */
export async function hasFeature(ctx: RequestContext, feature: Feature): Promise<boolean> {
  return (await ctx.entitlements()).features.has(feature);
}

/** Throws 402 (with the upgrade link) unless the principal's plan includes `feature`. */
export async function requireFeature(ctx: RequestContext, feature: Feature): Promise<void> {
  const entitlements = await ctx.entitlements();
  if (!entitlements.features.has(feature)) throw paymentRequired(FEATURE_REFUSAL[feature], entitlements);
}

/**
 * The context a request runs with once its plan is known: a signed-in candidate whose plan lacks "practice.ai" gets
 * no AI client and the offline question bank, so no service can spend AI on them. Costs one select, and only with
 * billing on and AI configured; organisation members and everyone else are unchanged (their plan gates whole routes).
 */
export async function applyPlan<C extends RequestContext>(ctx: C): Promise<C> {
  if (ctx.services.billing === "off" || ctx.principal.kind !== "user" || ctx.services.ai === null) return ctx;
  if (await hasFeature(ctx, "practice.ai")) return ctx;
  return { ...ctx, services: { ...ctx.services, ai: null, questionSource: offlineQuestionSource } };
}

/** One metric's standing this month: null when billing is off (nothing is counted). */
export type AllowanceUsage = { metric: Metric; used: number; limit: number; remaining: number; seats: number; resetsAt: Date };

function payerFor(entitlements: Entitlements, metric: Metric): Payer {
  const payer = entitlements.payer;
  if (!payer || payer.kind !== METRIC_PAYER[metric]) throw paymentRequired(`Nothing covers ${METRIC_NOUN[metric][1]} here.`, entitlements);
  return payer;
}

function usedOf(db: ScopedDb, payer: Payer, metric: Metric, periodStart: string): Promise<number> {
  return payer.kind === "user" ? findUserUsage(db, payer.userId, metric, periodStart) : findOrganisationUsage(db, payer.orgId, metric, periodStart);
}

/** This month's use of `metric` against the principal's limit (for the UI and for checks before costly work). */
export async function allowanceUsage(ctx: RequestContext, metric: Metric): Promise<AllowanceUsage | null> {
  const entitlements = await ctx.entitlements();
  if (!entitlements.metered) return null;
  const payer = payerFor(entitlements, metric);
  const now = ctx.now();
  const used = await usedOf(ctx.db, payer, metric, periodStartOf(now));
  const limit = entitlements.limits[metric] ?? 0;
  return { metric, used, limit, remaining: remaining(limit, used), seats: entitlements.seats, resetsAt: nextPeriodStart(now) };
}

/** Throws the 402 an exhausted allowance answers, without spending (a cheap check before slow work). */
export async function requireAllowanceLeft(ctx: RequestContext, metric: Metric, amount = 1): Promise<void> {
  const usage = await allowanceUsage(ctx, metric);
  if (usage && !fits(usage.limit, usage.used, amount)) throw exhausted(await ctx.entitlements(), usage, amount);
}

/**
 * Spends `amount` (a CSV import: all its rows, all or nothing) of this month's `metric` with one atomic statement,
 * on `db` (pass the transaction that does the work, so a failure refunds it). 402 when it does not fit, or, for
 * candidate invites, while the organisation has more members than paid seats. Returns the standing after the spend,
 * or null with billing off (nothing counted).
 */
export async function consumeAllowance(
  ctx: RequestContext,
  metric: Metric,
  options: { amount?: number; db?: ScopedDb } = {},
): Promise<AllowanceUsage | null> {
  const { amount = 1, db = ctx.db } = options;
  const entitlements = await ctx.entitlements();
  if (!entitlements.metered) return null;
  const payer = payerFor(entitlements, metric);
  const limit = entitlements.limits[metric] ?? 0;
  if (payer.kind === "organisation") await refuseOverSeats(db, payer.orgId, entitlements);
  const now = ctx.now();
  const periodStart = periodStartOf(now);
  const spend = { metric, periodStart, amount, limit };
  const used = payer.kind === "user" ? await spendUserUsage(db, payer.userId, spend) : await spendOrganisationUsage(db, payer.orgId, spend);
  const seats = entitlements.seats;
  if (used === null) {
    const usage = { metric, used: await usedOf(db, payer, metric, periodStart), limit, remaining: 0, seats, resetsAt: nextPeriodStart(now) };
    throw exhausted(entitlements, { ...usage, remaining: remaining(limit, usage.used) }, amount);
  }
  return { metric, used, limit, remaining: remaining(limit, used), seats, resetsAt: nextPeriodStart(now) };
}

async function refuseOverSeats(db: ScopedDb, orgId: string, entitlements: Entitlements): Promise<void> {
  const members = await countOrganisationMembers(db, orgId);
  if (!seatsExceeded(members, entitlements.seats)) return;
  throw paymentRequired(
    `This organisation has ${members} members but pays for ${entitlements.seats} seat${entitlements.seats === 1 ? "" : "s"}: add seats before inviting more candidates. Existing members keep their access.`,
    entitlements,
  );
}

function exhausted(entitlements: Entitlements, usage: AllowanceUsage, amount: number): AppError {
  const [one, many] = METRIC_NOUN[usage.metric];
  const planName = entitlements.plan && entitlements.plan !== "open" ? PLANS[entitlements.plan].name : "your plan";
  const resets = usage.resetsAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
  const standing = `${usage.used} of ${usage.limit} ${usage.limit === 1 ? one : many} used this month on ${planName}`;
  const message =
    amount > 1
      ? `This needs ${amount} ${many} but ${usage.remaining} ${usage.remaining === 1 ? "is" : "are"} left (${standing}); nothing was done. Upgrade, or wait until ${resets}.`
      : `You have used all of this month's ${many} (${standing}). Upgrade for more, or wait until ${resets}.`;
  return paymentRequired(message, entitlements);
}
