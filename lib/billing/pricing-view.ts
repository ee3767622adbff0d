/**
 * What the pricing page shows beyond the static plans: whether this deployment sells them at all (the Upgrade
 * buttons appear only with billing on), the visitor's own plan, and the organisations they may buy seats for (those
 * they own; `?org=<slug>` from a 402's upgrade link picks one).
 */
import "server-only";
import { listMemberships } from "@/db/queries/organisation-membership";
import type { AnonymousPrincipal, UserPrincipal } from "@/lib/context/principal";
import type { RequestContext } from "@/lib/context/request-context";
import { can } from "@/lib/orgs/permissions";
import type { BillingMode } from "./billing-mode";
import type { PlanId } from "./plans";

export type PricingView = {
  billing: BillingMode;
  signedIn: boolean;
  /** The visitor's own plan (null when signed out, "open" with billing off). */
  currentPlan: PlanId | "open" | null;
  /** Organisations the visitor may buy seats for, the one named by `?org=` first. */
  organisations: { name: string; slug: string }[];
  /** When the visitor's paid plan renews or, cancelled in the portal, ends; null without one. */
  renewal: { periodEnd: Date; cancelAtPeriodEnd: boolean } | null;
};

export async function pricingView(ctx: RequestContext<UserPrincipal | AnonymousPrincipal>, orgSlug?: string): Promise<PricingView> {
  const billing = ctx.services.billing;
  if (ctx.principal.kind !== "user") return { billing, signedIn: false, currentPlan: null, organisations: [], renewal: null };
  const [entitlements, memberships] = await Promise.all([ctx.entitlements(), billing === "off" ? [] : listMemberships(ctx.db, ctx.principal.user.id)]);
  const organisations = memberships
    .filter((membership) => can(membership.role, "organisation.manage"))
    .map(({ organisation }) => ({ name: organisation.name, slug: organisation.slug }))
    .sort((a, b) => Number(b.slug === orgSlug) - Number(a.slug === orgSlug));
  const renewal = entitlements.periodEnd ? { periodEnd: entitlements.periodEnd, cancelAtPeriodEnd: entitlements.cancelAtPeriodEnd } : null;
  return { billing, signedIn: true, currentPlan: entitlements.plan, organisations, renewal };
}
