/**
 * A Team subscription's seats follow its members, set at Stripe (the real SDK against the local server) after the
 * accept, remove and leave flows commit; a Stripe failure leaves the membership change standing. And account deletion
 * deletes the user's Stripe customer.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("@/tests/helpers/stripe-env")).applyStripeTestEnv();
  vi.resetModules();
});

vi.mock("@/lib/billing/stripe/stripe-client", async (importOriginal) =>
  (await import("@/tests/helpers/stripe-process-provider")).withProcessProvider(await importOriginal<object>()),
);

import { POST as webhookRoute } from "@/app/api/webhooks/stripe/route";
import { getDb } from "@/db/client";
import { findBillingRow } from "@/db/queries/billing-webhook";
import { scopedDb } from "@/db/scoped";
import { type Organisation, organisationMembers, type User, users } from "@/db/schema";
import { startCandidateCheckout, startTeamCheckout } from "@/lib/billing/stripe/checkout-service";
import { seatsAfter } from "@/lib/billing/stripe/seats";
import { acceptInvite } from "@/lib/orgs/invites/invite-acceptance";
import { createInvite } from "@/lib/orgs/invites/invite-service";
import { leaveOrganisation, removeMember } from "@/lib/orgs/members-service";
import { deleteOrganisation } from "@/lib/orgs/organisation-service";
import { deleteAccount } from "@/lib/privacy/account-deletion/account-deletion-service";
import { externalAccounts } from "@/lib/privacy/account-deletion/external-accounts";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { memberContextFor, seedOrganisation } from "@/tests/helpers/organisations";
import { stripeEvent, webhookSender } from "@/tests/helpers/stripe-webhooks";
import { callThroughProxy } from "@/tests/helpers/through-proxy";
import { processProvider } from "@/tests/helpers/stripe-process-provider";
import { useStripeServer } from "@/tests/helpers/use-stripe-server";

const harness = useStripeServer();

const sender = webhookSender((request) => callThroughProxy(webhookRoute, request));
const services = () => ({ services: { payments: processProvider.current } });
const billingRow = (orgId: string) => findBillingRow(scopedDb(getDb, { role: "system", job: "test" }), { kind: "organisation", id: orgId });

/** An organisation whose owner bought `seats` Team seats and finished Checkout. */
async function teamWithSeats(seats: number) {
  const owner = await createTestUser();
  const organisation = await seedOrganisation([{ user: owner, role: "owner" }]);
  const ownerCtx = memberContextFor(owner, organisation, "owner", services());
  const { url } = await startTeamCheckout(ownerCtx, { seats });
  const { subscription } = await sender.completeCheckout(harness.server, url.split("/checkout/")[1]!);
  expect(await billingRow(organisation.id)).toMatchObject({ status: "active", plan: "team", quantity: seats });
  const stripeSeats = () => harness.server.subscriptions.get(subscription.id)!.items.data[0]!.quantity;
  return { owner, organisation, ownerCtx, subscription, stripeSeats };
}

async function join(ownerCtx: ReturnType<typeof memberContextFor>): Promise<User> {
  const email = `member-${randomUUID()}@example.test`;
  const invite = await createInvite(ownerCtx, { email, role: "reviewer" });
  const member = await createTestUser({ email });
  await acceptInvite(contextFor(member, services()), invite.link.split("/invite/")[1]!);
  return member;
}

async function memberId(organisation: Organisation, userId: string): Promise<string> {
  const [row] = await (await getDb())
    .select({ id: organisationMembers.id })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.orgId, organisation.id), eq(organisationMembers.userId, userId)));
  return row!.id;
}

const quantityUpdates = () => harness.server.requests.filter((r) => r.method === "POST" && r.path.startsWith("/v1/subscriptions/"));

describe("seats", () => {
  it("adds a seat when a member joins with none spare, and gives it back when they are removed or leave", async () => {
    const { organisation, ownerCtx, subscription, stripeSeats } = await teamWithSeats(1);
    const first = await join(ownerCtx);
    expect(stripeSeats()).toBe(2);
    expect(quantityUpdates().at(-1)!.body).toMatchObject({ items: [{ quantity: "2" }], proration_behavior: "create_prorations" });
    // Stripe then reports the change, and the row the entitlements read follows.
    await sender.send(stripeEvent("customer.subscription.updated", harness.server.subscriptions.get(subscription.id)));
    expect(await billingRow(organisation.id)).toMatchObject({ plan: "team", quantity: 2 });
    const second = await join(ownerCtx);
    expect(stripeSeats()).toBe(3);

    await removeMember(ownerCtx, await memberId(organisation, first.id));
    expect(stripeSeats()).toBe(2);
    await leaveOrganisation(memberContextFor(second, organisation, "reviewer", services()));
    expect(stripeSeats()).toBe(1);
  });

  it("uses a spare seat for a join without calling Stripe", async () => {
    const { ownerCtx, stripeSeats } = await teamWithSeats(3);
    harness.server.reset();
    await join(ownerCtx);
    expect(stripeSeats()).toBe(3);
    expect(quantityUpdates()).toHaveLength(0);
  });

  it("keeps the membership when Stripe fails, and the next change sets the count right", async () => {
    const { organisation, ownerCtx, stripeSeats } = await teamWithSeats(1);
    harness.server.failNext({ status: 500 });
    const member = await join(ownerCtx);
    expect(await memberId(organisation, member.id)).toBeTruthy();
    expect(stripeSeats()).toBe(1);
    await join(ownerCtx);
    expect(stripeSeats()).toBe(3);
  });

  it("calls nothing when billing is off", async () => {
    const { ownerCtx } = await teamWithSeats(1);
    processProvider.current = null;
    harness.server.reset();
    await join(ownerCtx);
    expect(harness.server.requests).toHaveLength(0);
  });

  it.each([
    ["join", 3, 2, 3],
    ["join", 2, 3, 3],
    ["leave", 5, 2, 2],
    ["leave", 1, 0, 1],
  ] as const)("after a %s with %i seats and %i members: %i seats", (change, seats, members, expected) => {
    expect(seatsAfter(change, seats, members)).toBe(expected);
  });
});

describe("organisation deletion", () => {
  it("deletes the organisation's Stripe customer, which ends its subscription", async () => {
    const { organisation, ownerCtx, subscription } = await teamWithSeats(2);
    await deleteOrganisation(ownerCtx, { confirmName: organisation.name });
    expect(harness.server.requests.at(-1)).toMatchObject({ method: "DELETE", path: `/v1/customers/${subscription.customer}` });
    expect(harness.server.subscriptions.get(subscription.id)!.status).toBe("canceled");
  });
});

describe("account deletion", () => {
  it("deletes the user's Stripe customer with the account", async () => {
    const user = await createTestUser();
    const ctx = contextFor(user, services());
    await startCandidateCheckout(ctx);
    const [customerId] = [...harness.server.customers.keys()].filter((id) => harness.server.customers.get(id)!.email === user.email);
    await deleteAccount(ctx, { confirm: "delete my account" }, externalAccounts("local", harness.provider));
    expect(harness.server.requests.at(-1)).toMatchObject({ method: "DELETE", path: `/v1/customers/${customerId}` });
    expect(harness.server.customers.has(customerId!)).toBe(false);
    expect(await (await getDb()).select().from(users).where(eq(users.id, user.id))).toHaveLength(0);
  });

  it("ends the Team subscription of an organisation deleted with its only member's account", async () => {
    const { owner, subscription } = await teamWithSeats(1);
    await deleteAccount(contextFor(owner, services()), { confirm: "delete my account" }, externalAccounts("local", harness.provider));
    expect(harness.server.requests.at(-1)).toMatchObject({ method: "DELETE", path: `/v1/customers/${subscription.customer}` });
    expect(harness.server.subscriptions.get(subscription.id)!.status).toBe("canceled");
  });

  it("deletes nothing at Stripe for a user who never checked out", async () => {
    const user = await createTestUser();
    await deleteAccount(contextFor(user, services()), { confirm: "delete my account" }, externalAccounts("local", harness.provider));
    expect(harness.server.requests).toHaveLength(0);
  });
});
