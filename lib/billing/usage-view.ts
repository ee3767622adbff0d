/**
 * What the pages show of a plan: this month's use of an allowance against its limit, with the seats for a team, or
 * null with billing off (nothing is counted, and the banner says so). Read-only: showing usage never spends it.
 */
import "server-only";
import { countOrganisationMembers } from "@/db/queries/billing-state";
import type { RequestContext } from "@/lib/context/request-context";
import { allowanceUsage, upgradeUrlFor } from "./entitlements";
import { type Metric, PLANS } from "./plans";

export type UsageView = {
  metric: Metric;
  /** The plan's name, or null for an organisation without a plan. */
  planName: string | null;
  used: number;
  limit: number;
  remaining: number;
  /** Paid seats (teams); members in the organisation, when more than the seats block new invites. */
  seats: number;
  members: number | null;
  resetsAt: string;
  upgradeUrl: string;
};

export async function usageView(ctx: RequestContext, metric: Metric): Promise<UsageView | null> {
  const usage = await allowanceUsage(ctx, metric);
  if (!usage) return null;
  const entitlements = await ctx.entitlements();
  const plan = entitlements.plan === "open" ? null : entitlements.plan;
  const payer = entitlements.payer;
  const members = payer?.kind === "organisation" ? await countOrganisationMembers(ctx.db, payer.orgId) : null;
  return {
    metric,
    planName: plan ? PLANS[plan].name : null,
    used: usage.used,
    limit: usage.limit,
    remaining: usage.remaining,
    seats: usage.seats,
    members,
    resetsAt: usage.resetsAt.toISOString(),
    upgradeUrl: upgradeUrlFor(payer),
  };
}
