/**
 * What an organisation's settings page shows of its plan: Team or none, seats against members, and when it renews or
 * ends; null with billing off (the banner says everything is open).
 */
import "server-only";
import { countOrganisationMembers } from "@/db/queries/billing-state";
import type { MemberContext } from "@/lib/context/request-context";

export type OrganisationBillingView = {
  slug: string;
  onTeam: boolean;
  seats: number;
  members: number;
  renewal: { periodEnd: Date; cancelAtPeriodEnd: boolean } | null;
};

export async function organisationBillingView(ctx: MemberContext): Promise<OrganisationBillingView | null> {
  if (ctx.services.billing === "off") return null;
  const { organisation } = ctx.principal;
  const [entitlements, members] = await Promise.all([ctx.entitlements(), countOrganisationMembers(ctx.db, organisation.id)]);
  const onTeam = entitlements.plan === "team";
  const renewal = onTeam && entitlements.periodEnd ? { periodEnd: entitlements.periodEnd, cancelAtPeriodEnd: entitlements.cancelAtPeriodEnd } : null;
  return { slug: organisation.slug, onTeam, seats: onTeam ? entitlements.seats : 0, members, renewal };
}
