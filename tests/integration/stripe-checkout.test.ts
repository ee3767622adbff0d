/**
 * Checkout and the portal with the real `stripe` SDK against the local Stripe server: one customer per payer, the
 * session Stripe is asked for, the webhook that turns a completed checkout into an active plan, the owner-only Team
 * checkout, and what Stripe is told (an email and our ids, nothing of the user's practice or assessments).
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("@/tests/helpers/stripe-env")).applyStripeTestEnv();
  vi.resetModules();
});

vi.mock("@/lib/billing/stripe/stripe-client", async (importOriginal) =>
  (await import("@/tests/helpers/stripe-process-provider")).withProcessProvider(await importOriginal<object>()),
);

import { POST as checkoutRoute } from "@/app/api/billing/checkout/route";
import { POST as portalRoute } from "@/app/api/billing/portal/route";
import { POST as teamCheckoutRoute } from "@/app/api/orgs/[slug]/billing/checkout/route";
import { POST as webhookRoute } from "@/app/api/webhooks/stripe/route";
import { getDb } from "@/db/client";
import { findBillingRow } from "@/db/queries/billing-webhook";
import { scopedDb } from "@/db/scoped";
import { contextFor, createTestUser, signedInTestUser } from "@/tests/helpers/context";
import { seedOrganisation } from "@/tests/helpers/organisations";
import { STRIPE_TEST_ENV } from "@/tests/helpers/stripe-env";
import { webhookSender } from "@/tests/helpers/stripe-webhooks";
import { callThroughProxy } from "@/tests/helpers/through-proxy";
import { processProvider } from "@/tests/helpers/stripe-process-provider";
import { useStripeServer } from "@/tests/helpers/use-stripe-server";
import { localSubjectForEmail } from "@/lib/auth/local-token";
import { updateProfile } from "@/lib/profile/profile-service";
import { sessionCookieFor } from "@/tests/helpers/through-proxy";

const harness = useStripeServer();

const sender = webhookSender((request) => callThroughProxy(webhookRoute, request));
const systemDb = () => scopedDb(getDb, { role: "system", job: "test" });

function post(cookie: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { cookie, "content-type": "application/json" };
  return new Request(`http://localhost:3000${path}`, { method: "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const checkout = (cookie: string) => callThroughProxy(checkoutRoute, post(cookie, "/api/billing/checkout", { plan: "candidate_pro" }));
const sessionIdOf = (url: string) => url.split("/checkout/")[1]!;

describe("candidate checkout", () => {
  it("creates the Stripe customer once, records it with status none, and answers the session's URL", async () => {
    const { user, cookie } = await signedInTestUser();
    const first = await checkout(cookie);
    expect(first.status).toBe(200);
    const { url } = (await first.json()) as { url: string };
    expect(url).toMatch(new RegExp(`^${harness.server.url}/checkout/cs_test_`));

    const row = await findBillingRow(systemDb(), { kind: "user", id: user.id });
    expect(row).toMatchObject({ status: "none", plan: null, subscriptionId: null });
    expect(harness.server.customers.get(row!.customerId)?.email).toBe(user.email);

    const second = await checkout(cookie);
    expect(second.status).toBe(200);
    expect(harness.server.requests.filter((r) => r.path === "/v1/customers")).toHaveLength(1);
    const sessions = harness.server.requests.filter((r) => r.path === "/v1/checkout/sessions");
    expect(sessions).toHaveLength(2);
    expect(sessions[0]!.authorization).toBe(`Bearer ${STRIPE_TEST_ENV.STRIPE_SECRET_KEY}`);
    expect(sessions[0]!.body).toMatchObject({
      mode: "subscription",
      customer: row!.customerId,
      client_reference_id: `user:${user.id}`,
      line_items: [{ price: STRIPE_TEST_ENV.STRIPE_PRICE_CANDIDATE_PRO, quantity: "1" }],
      metadata: { owner: `user:${user.id}` },
      success_url: "http://localhost:3000/pricing?checkout=success",
      cancel_url: "http://localhost:3000/pricing?checkout=cancelled",
    });
  });

  it("keeps one customer at Stripe when two first checkouts race", async () => {
    const { user, cookie } = await signedInTestUser();
    const responses = await Promise.all([checkout(cookie), checkout(cookie)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    const row = await findBillingRow(systemDb(), { kind: "user", id: user.id });
    // Both may reach Stripe before either records its customer: the loser deletes its own again.
    const remaining = [...harness.server.customers.values()].filter((customer) => customer.email === user.email);
    expect(remaining.map((customer) => customer.id)).toEqual([row!.customerId]);
    for (const session of harness.server.requests.filter((r) => r.path === "/v1/checkout/sessions")) {
      expect(session.body.customer).toBe(row!.customerId);
    }
  });

  it("makes the user active on candidate_pro once Stripe reports the completed checkout, and refuses a second checkout", async () => {
    const { user, cookie } = await signedInTestUser();
    const { url } = (await (await checkout(cookie)).json()) as { url: string };
    const { subscription, responses } = await sender.completeCheckout(harness.server, sessionIdOf(url));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);

    const row = await findBillingRow(systemDb(), { kind: "user", id: user.id });
    expect(row).toMatchObject({ status: "active", plan: "candidate_pro", quantity: 1, subscriptionId: subscription.id, cancelAtPeriodEnd: false });
    expect(row!.currentPeriodEnd?.getTime()).toBe(subscription.items.data[0]!.current_period_end * 1000);

    const again = await checkout(cookie);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/billing portal/);
  });

  it("opens the portal for a payer with a customer, and answers 409 before the first checkout", async () => {
    const { cookie } = await signedInTestUser();
    const before = await callThroughProxy(portalRoute, post(cookie, "/api/billing/portal"));
    expect(before.status).toBe(409);
    await checkout(cookie);
    const portal = await callThroughProxy(portalRoute, post(cookie, "/api/billing/portal"));
    expect(portal.status).toBe(200);
    expect(((await portal.json()) as { url: string }).url).toBe(`${harness.server.url}/portal/${[...harness.server.portalSessions.keys()].at(-1)}`);
    expect(harness.server.requests.at(-1)!.body).toMatchObject({ return_url: "http://localhost:3000/pricing" });
  });

  it("answers 409 with a clear message when billing is off, and Stripe hears nothing", async () => {
    processProvider.current = null;
    const { cookie } = await signedInTestUser();
    const response = await checkout(cookie);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/Billing is not set up/);
    expect(harness.server.requests).toHaveLength(0);
  });

  it("tells Stripe an email and our ids only: no name, no CV text, no practice content", async () => {
    const email = `ana.lima.${randomUUID().slice(0, 8)}@example.test`;
    const user = await createTestUser({ email, subject: localSubjectForEmail(email), displayName: "Ana Lima" });
    const cookie = await sessionCookieFor(email);
    await updateProfile(contextFor(user), { cvText: "CV-MARKER led the Zephyr migration", targetRole: "ROLE-MARKER", goals: "" });

    const { url } = (await (await checkout(cookie)).json()) as { url: string };
    await sender.completeCheckout(harness.server, sessionIdOf(url));
    await callThroughProxy(portalRoute, post(cookie, "/api/billing/portal"));

    const allowed: Record<string, string[]> = {
      "POST /v1/customers": ["email", "metadata"],
      "POST /v1/checkout/sessions": ["mode", "customer", "client_reference_id", "line_items", "metadata", "subscription_data", "success_url", "cancel_url"],
      "GET /v1/subscriptions/:id": [],
      "POST /v1/billing_portal/sessions": ["customer", "return_url"],
    };
    expect(harness.server.requests.map((r) => `${r.method} ${r.path.replace(/sub_\w+/, ":id")}`)).toEqual([
      "POST /v1/customers",
      "POST /v1/checkout/sessions",
      "GET /v1/subscriptions/:id",
      "GET /v1/subscriptions/:id",
      "POST /v1/billing_portal/sessions",
    ]);
    for (const request of harness.server.requests) {
      const key = `${request.method} ${request.path.replace(/sub_\w+/, ":id")}`;
      expect(Object.keys(request.body).sort(), key).toEqual([...allowed[key]!].sort());
      expect(JSON.stringify(request.body)).not.toMatch(/Ana Lima|CV-MARKER|ROLE-MARKER|Zephyr/);
    }
    expect(harness.server.requests[0]!.body).toEqual({ email, metadata: { owner: `user:${user.id}` } });
  });
});

describe("team checkout", () => {
  it("lets the owner buy seats for the organisation, at least one per member", async () => {
    const owner = await signedInTestUser();
    const manager = await signedInTestUser();
    const organisation = await seedOrganisation([
      { user: owner.user, role: "owner" },
      { user: manager.user, role: "manager" },
    ]);
    const path = `/api/orgs/${organisation.slug}/billing/checkout`;
    const call = (cookie: string, seats: number) => callThroughProxy(teamCheckoutRoute, post(cookie, path, { seats }), { slug: organisation.slug });

    expect((await call(manager.cookie, 3)).status).toBe(403);
    expect((await call(owner.cookie, 1)).status).toBe(422);
    const response = await call(owner.cookie, 3);
    expect(response.status).toBe(200);

    const row = await findBillingRow(systemDb(), { kind: "organisation", id: organisation.id });
    const session = harness.server.requests.find((r) => r.path === "/v1/checkout/sessions")!;
    expect(session.body).toMatchObject({
      customer: row!.customerId,
      client_reference_id: `organisation:${organisation.id}`,
      line_items: [{ price: STRIPE_TEST_ENV.STRIPE_PRICE_TEAM_SEAT, quantity: "3" }],
    });
    expect(harness.server.customers.get(row!.customerId)?.email).toBe(owner.user.email);
  });
});
