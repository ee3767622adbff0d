/**
 * The Stripe webhook endpoint, through the proxy with no session, with events signed by the SDK's own test helper:
 * signatures (missing, wrong, tampered, stale), the allow-list, redeliveries, events out of order, and a failure
 * halfway through that leaves nothing applied and is applied whole on Stripe's retry.
 */
import { describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  (await import("@/tests/helpers/stripe-env")).applyStripeTestEnv();
  vi.resetModules();
});

vi.mock("@/lib/billing/stripe/stripe-client", async (importOriginal) =>
  (await import("@/tests/helpers/stripe-process-provider")).withProcessProvider(await importOriginal<object>()),
);

import type Stripe from "stripe";
import { POST as webhookRoute } from "@/app/api/webhooks/stripe/route";
import { getDb } from "@/db/client";
import { findBillingRow, isStripeEventRecorded } from "@/db/queries/billing-webhook";
import { scopedDb } from "@/db/scoped";
import { startCandidateCheckout } from "@/lib/billing/stripe/checkout-service";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { invoiceFor, stripeEvent, webhookRequest, webhookSender } from "@/tests/helpers/stripe-webhooks";
import { callThroughProxy } from "@/tests/helpers/through-proxy";
import { processProvider } from "@/tests/helpers/stripe-process-provider";
import { useStripeServer } from "@/tests/helpers/use-stripe-server";

const harness = useStripeServer();

const deliver = (request: Request) => callThroughProxy(webhookRoute, request);
const sender = webhookSender(deliver);
const systemDb = () => scopedDb(getDb, { role: "system", job: "test" });
const recorded = (eventId: string) => isStripeEventRecorded(systemDb(), eventId);

/** A candidate who finished Checkout: active on candidate_pro, as the webhooks left them. */
async function subscribedCandidate() {
  const user = await createTestUser();
  const { url } = await startCandidateCheckout(contextFor(user, { services: { payments: harness.provider } }));
  const { subscription } = await sender.completeCheckout(harness.server, url.split("/checkout/")[1]!);
  const row = async () => (await findBillingRow(systemDb(), { kind: "user", id: user.id }))!;
  expect(await row()).toMatchObject({ status: "active", plan: "candidate_pro" });
  return { user, subscription, row };
}

const withChanges = (subscription: Stripe.Subscription, changes: Partial<Stripe.Subscription>) => ({ ...structuredClone(subscription), ...changes });

async function outcomeOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { outcome: string }).outcome;
}

describe("the signature", () => {
  const event = stripeEvent("customer.subscription.updated", { id: "sub_x", object: "subscription", customer: "cus_x" });
  const payload = JSON.stringify(event);

  it.each([
    ["missing", { header: null }],
    ["signed with another secret", { secret: "whsec_someone_else" }],
    ["ten minutes old", { timestamp: Math.floor(Date.now() / 1000) - 600 }],
    ["not a signature", { header: "t=1,v1=deadbeef" }],
  ] as const)("answers 400 when it is %s, and records nothing", async (_case, options) => {
    const response = await deliver(webhookRequest(payload, options));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_input");
    expect(await recorded(event.id)).toBe(false);
  });

  it("answers 400 for a body changed after signing", async () => {
    const signed = webhookRequest(payload);
    const tampered = new Request(signed.url, { method: "POST", headers: signed.headers, body: payload.replace("cus_x", "cus_y") });
    expect((await deliver(tampered)).status).toBe(400);
  });

  it("answers 404 when billing is off", async () => {
    processProvider.current = null;
    expect((await deliver(webhookRequest(payload))).status).toBe(404);
  });
});

describe("events", () => {
  it("acknowledges an event type outside the allow-list and applies nothing", async () => {
    const response = await sender.send(stripeEvent("customer.created", { id: "cus_z", object: "customer" }));
    expect(await outcomeOf(response)).toBe("ignored");
  });

  it("keeps the plan until the period end when the payer cancels, then ends it when Stripe deletes the subscription", async () => {
    const { subscription, row } = await subscribedCandidate();
    const cancelling = withChanges(subscription, { cancel_at_period_end: true });
    expect(await outcomeOf(await sender.send(stripeEvent("customer.subscription.updated", cancelling)))).toBe("applied");
    expect(await row()).toMatchObject({ status: "active", plan: "candidate_pro", cancelAtPeriodEnd: true });

    const ended = withChanges(cancelling, { status: "canceled" });
    expect(await outcomeOf(await sender.send(stripeEvent("customer.subscription.deleted", ended)))).toBe("applied");
    expect(await row()).toMatchObject({ status: "canceled", plan: "candidate_pro" });
  });

  it("reads the period end where an endpoint on an API version before 2025-03 puts it", async () => {
    const { subscription, row } = await subscribedCandidate();
    const periodEnd = subscription.items.data[0]!.current_period_end + 86_400;
    const old = withChanges(subscription, { current_period_end: periodEnd } as Partial<Stripe.Subscription>);
    old.items.data[0] = { ...old.items.data[0]!, current_period_end: undefined as unknown as number };
    expect(await outcomeOf(await sender.send(stripeEvent("customer.subscription.updated", old)))).toBe("applied");
    expect((await row()).currentPeriodEnd?.getTime()).toBe(periodEnd * 1000);
  });

  it("changes nothing when an event is delivered again, even if its copy differs", async () => {
    const { subscription, row } = await subscribedCandidate();
    const event = stripeEvent("customer.subscription.updated", withChanges(subscription, { status: "past_due" }));
    expect(await outcomeOf(await sender.send(event))).toBe("applied");

    const replay = { ...event, data: { object: withChanges(subscription, { status: "active" }) } } as Stripe.Event;
    expect(await outcomeOf(await sender.send(replay))).toBe("duplicate");
    expect(await outcomeOf(await sender.send(event))).toBe("duplicate");
    expect((await row()).status).toBe("past_due");
  });

  it("does not call Stripe again for a redelivered checkout", async () => {
    const { subscription } = await subscribedCandidate();
    const session = [...harness.server.sessions.values()].find((s) => s.subscription === subscription.id)!;
    const event = stripeEvent("checkout.session.completed", session);
    await sender.send(event);
    const calls = harness.server.requests.length;
    expect(await outcomeOf(await sender.send(event))).toBe("duplicate");
    expect(harness.server.requests.length).toBe(calls);
  });

  it("never moves a subscription backwards when an older event arrives after a newer one", async () => {
    const { subscription, row } = await subscribedCandidate();
    const older = stripeEvent("customer.subscription.updated", withChanges(subscription, { status: "past_due" }));
    const newer = stripeEvent("customer.subscription.updated", withChanges(subscription, { cancel_at_period_end: true }));
    const deleted = stripeEvent("customer.subscription.deleted", withChanges(subscription, { status: "canceled" }));

    expect(await outcomeOf(await sender.send(newer))).toBe("applied");
    expect(await outcomeOf(await sender.send(older))).toBe("stale");
    expect(await row()).toMatchObject({ status: "active", cancelAtPeriodEnd: true });

    expect(await outcomeOf(await sender.send(deleted))).toBe("applied");
    const lateUpdate = stripeEvent("customer.subscription.updated", withChanges(subscription, { status: "active" }), { created: newer.created });
    expect(await outcomeOf(await sender.send(lateUpdate))).toBe("stale");
    expect((await row()).status).toBe("canceled");
    expect(await recorded(older.id)).toBe(true);
  });

  it("does not revive an ended subscription with a copy of itself from the same second", async () => {
    const { subscription, row } = await subscribedCandidate();
    const deleted = stripeEvent("customer.subscription.deleted", withChanges(subscription, { status: "canceled" }));
    await sender.send(deleted);
    const sameSecond = stripeEvent("customer.subscription.updated", withChanges(subscription, { status: "active" }), { created: deleted.created });
    expect(await outcomeOf(await sender.send(sameSecond))).toBe("stale");
    expect((await row()).status).toBe("canceled");
  });
});

describe("a failure while applying", () => {
  it("answers 500, records neither the event nor its effect, and applies it whole when Stripe retries", async () => {
    const { subscription, row } = await subscribedCandidate();
    const before = await row();
    const id = `evt_retry_${subscription.id}`;
    // A status this code does not know fails after the event's id was inserted, inside the same transaction.
    const failing = stripeEvent("customer.subscription.updated", withChanges(subscription, { status: "suspended" as Stripe.Subscription.Status, cancel_at_period_end: true }), { id });
    const response = await sender.send(failing);
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("internal");
    expect(await recorded(id)).toBe(false);
    expect(await row()).toEqual(before);

    const retried = stripeEvent("customer.subscription.updated", withChanges(subscription, { status: "past_due", cancel_at_period_end: true }), { id, created: failing.created });
    expect(await outcomeOf(await sender.send(retried))).toBe("applied");
    expect(await row()).toMatchObject({ status: "past_due", cancelAtPeriodEnd: true });
    expect(await recorded(id)).toBe(true);
  });

  it("answers 500 and records nothing when Stripe cannot be read, then applies the retry", async () => {
    const { subscription, row } = await subscribedCandidate();
    harness.server.changeSubscription(subscription.id, { status: "past_due" });
    const event = stripeEvent("invoice.payment_failed", invoiceFor(subscription));
    harness.server.failNext({ status: 500 });
    expect((await sender.send(event)).status).toBe(500);
    expect(await recorded(event.id)).toBe(false);
    expect((await row()).status).toBe("active");

    expect(await outcomeOf(await sender.send(event))).toBe("applied");
    expect((await row()).status).toBe("past_due");
  });
});
