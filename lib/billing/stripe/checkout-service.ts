/**
 * Starting a subscription and managing it: Stripe Checkout for a new one, the Billing Portal for changes and
 * cancellation. A candidate pays for themselves; an organisation's owner pays for its seats. Each payer gets one
 * Stripe customer, created at their first checkout with only an email and our owner id, and kept on their billing
 * row (written as the system role: the app role may only read it).
 */
import "server-only";
import { type BillingOwnerRef, countOrganisationSeats, findBillingRow, insertBillingCustomer } from "@/db/queries/billing-webhook";
import { type ScopedDb, scopedDb } from "@/db/scoped";
import type { SubscriptionStatus } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { MemberContext, RequestContext, UserContext } from "@/lib/context/request-context";
import { env } from "@/lib/env";
import type { BillingProvider } from "./billing-provider";
import { type PaidPlan, priceFor } from "./prices";
import type { TeamCheckoutInput } from "./schemas";

export const BILLING_OFF = "Billing is not set up on this server: every feature is open, nothing to pay for.";
const ALREADY_SUBSCRIBED = "There is already a subscription: change or cancel it in the billing portal.";
const NO_CUSTOMER = "There is no subscription to manage yet: choose a plan first.";

/** Statuses in which a subscription still exists at Stripe: a second checkout would make a second one. */
const LIVE: SubscriptionStatus[] = ["active", "trialing", "past_due", "unpaid", "paused", "incomplete"];

function providerOf(ctx: RequestContext): BillingProvider {
  if (!ctx.services.payments) throw new AppError("conflict", BILLING_OFF);
  return ctx.services.payments;
}

function systemDb(ctx: RequestContext, job: string): ScopedDb {
  return scopedDb(ctx.services.database, { role: "system", job });
}

const appUrl = (path: string) => new URL(path, env.APP_URL).toString();

/**
 * The payer's Stripe customer id, created on first use. Two first checkouts at once both reach Stripe, but only one
 * customer is recorded; the other is deleted again so Stripe keeps one per payer.
 */
async function customerFor(ctx: RequestContext, provider: BillingProvider, owner: BillingOwnerRef, email: string): Promise<string> {
  const db = systemDb(ctx, "billing.customer");
  const existing = await findBillingRow(db, owner);
  if (existing) {
    if (LIVE.includes(existing.status)) throw new AppError("conflict", ALREADY_SUBSCRIBED);
    return existing.customerId;
  }
  const created = await provider.createCustomer({ email, owner });
  if (await insertBillingCustomer(db, owner, created.id)) return created.id;
  await provider.deleteCustomer(created.id);
  const winner = await findBillingRow(db, owner);
  if (!winner) throw new Error("The billing row vanished after a concurrent insert.");
  return winner.customerId;
}

async function checkout(
  ctx: RequestContext,
  input: { owner: BillingOwnerRef; email: string; plan: PaidPlan; quantity: number; returnPath: string },
): Promise<{ url: string }> {
  const provider = providerOf(ctx);
  const customerId = await customerFor(ctx, provider, input.owner, input.email);
  const session = await provider.createCheckoutSession({
    customerId,
    priceId: priceFor(input.plan),
    quantity: input.quantity,
    owner: input.owner,
    successUrl: appUrl(`${input.returnPath}?checkout=success`),
    cancelUrl: appUrl(`${input.returnPath}?checkout=cancelled`),
  });
  return { url: session.url };
}

/** Checkout for Candidate Pro, paid by the signed-in user. */
export async function startCandidateCheckout(ctx: UserContext): Promise<{ url: string }> {
  const { user } = ctx.principal;
  return checkout(ctx, { owner: { kind: "user", id: user.id }, email: user.email, plan: "candidate_pro", quantity: 1, returnPath: "/pricing" });
}

/** Checkout for the Team plan, paid by the organisation's owner; at least one seat per member. */
export async function startTeamCheckout(ctx: MemberContext, input: TeamCheckoutInput): Promise<{ url: string }> {
  const { organisation, user } = ctx.principal;
  const members = await countOrganisationSeats(systemDb(ctx, "billing.seats"), organisation.id);
  if (input.seats < members) {
    const message = `Buy at least one seat per member: this organisation has ${members}.`;
    throw new AppError("unprocessable", message, { fields: { seats: [message] } });
  }
  return checkout(ctx, {
    owner: { kind: "organisation", id: organisation.id },
    email: user.email,
    plan: "team",
    quantity: input.seats,
    returnPath: `/org/${organisation.slug}/settings`,
  });
}

async function portal(ctx: RequestContext, owner: BillingOwnerRef, returnPath: string): Promise<{ url: string }> {
  const provider = providerOf(ctx);
  const row = await findBillingRow(systemDb(ctx, "billing.portal"), owner);
  if (!row) throw new AppError("conflict", NO_CUSTOMER);
  return provider.createPortalSession({ customerId: row.customerId, returnUrl: appUrl(returnPath) });
}

/** The Billing Portal for the signed-in user's own subscription. */
export function openCandidatePortal(ctx: UserContext): Promise<{ url: string }> {
  return portal(ctx, { kind: "user", id: ctx.principal.user.id }, "/pricing");
}

/** The Billing Portal for the organisation's subscription (its owner). */
export function openTeamPortal(ctx: MemberContext): Promise<{ url: string }> {
  return portal(ctx, { kind: "organisation", id: ctx.principal.organisation.id }, `/org/${ctx.principal.organisation.slug}/settings`);
}
