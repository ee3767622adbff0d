/**
 * Entitlements with billing ON (the context's `services.billing`, not the process environment): the plan each
 * subscription state grants, the features and limits of every plan, the allowance arithmetic at its boundary, the
 * 10th concurrent use of a 9-left allowance, Free candidates on the offline engines; and with billing OFF, everything
 * open and nothing counted.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { practiceSessions, userUsage } from "@/db/schema";
import type { AiClient } from "@/lib/ai/openai-client";
import { periodStartOf } from "@/lib/billing/allowance";
import { allowanceUsage, applyPlan, consumeAllowance } from "@/lib/billing/entitlements";
import { PLANS } from "@/lib/billing/plans";
import { pricingView } from "@/lib/billing/pricing-view";
import { usageView } from "@/lib/billing/usage-view";
import type { ContextOptions } from "@/lib/context/request-context";
import { offlineQuestionSource } from "@/lib/practice/session/question-source";
import { startSession } from "@/lib/practice/session";
import { seedOrganisationSubscription, seedUsage, seedUserSubscription } from "@/tests/helpers/billing";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { expectAppError } from "@/tests/helpers/expect-app-error";
import { memberContextFor, seedOrganisation } from "@/tests/helpers/organisations";

const now = new Date("2026-12-07T04:00:00.000Z");
const period = periodStartOf(now);
const billingOn: ContextOptions = { now: () => now, services: { billing: "stripe" } };
const billingOff: ContextOptions = { now: () => now, services: { billing: "off" } };
/** A period that runs for a month after the test's clock, whatever the machine's clock says. */
const aMonthOn = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000);

async function candidate(subscription?: Parameters<typeof seedUserSubscription>[1], options: ContextOptions = billingOn) {
  const user = await createTestUser();
  if (subscription) await seedUserSubscription(user.id, { currentPeriodEnd: aMonthOn, ...subscription });
  return contextFor(user, options);
}

async function teamMember(subscription?: Parameters<typeof seedOrganisationSubscription>[1], members = 1) {
  const users = await Promise.all(Array.from({ length: members }, () => createTestUser()));
  const organisation = await seedOrganisation(users.map((user, i) => ({ user, role: i === 0 ? ("owner" as const) : ("reviewer" as const) })));
  if (subscription) await seedOrganisationSubscription(organisation.id, { currentPeriodEnd: aMonthOn, ...subscription });
  return memberContextFor(users[0]!, organisation, "owner", billingOn);
}

describe("the plan each subscription grants", () => {
  it("puts a candidate without a subscription on Free: no AI, no voice, 10 sessions a month", async () => {
    const entitlements = await (await candidate()).entitlements();
    expect(entitlements).toMatchObject({ plan: "candidate_free", metered: true, limits: { practice_sessions: 10 } });
    expect([...entitlements.features]).toEqual([]);
  });

  it("gives Pro its AI, voice and fair-use limit while active, trialing or past due", async () => {
    for (const status of ["active", "trialing", "past_due"]) {
      const entitlements = await (await candidate({ status })).entitlements();
      expect(entitlements.plan).toBe("candidate_pro");
      expect([...entitlements.features].sort()).toEqual(["practice.ai", "practice.voice"]);
      expect(entitlements.limits.practice_sessions).toBe(PLANS.candidate_pro.allowances.practice_sessions);
    }
  });

  it("keeps Pro until the period end when cancelled at it, and drops it at that instant", async () => {
    expect((await (await candidate({ cancelAtPeriodEnd: true, currentPeriodEnd: new Date(now.getTime() + 1) })).entitlements()).plan).toBe("candidate_pro");
    expect((await (await candidate({ cancelAtPeriodEnd: true, currentPeriodEnd: now })).entitlements()).plan).toBe("candidate_free");
    expect((await (await candidate({ status: "canceled" })).entitlements()).plan).toBe("candidate_free");
  });

  it("gives an organisation hiring and a per-seat invite allowance only with a live Team plan", async () => {
    const none = await (await teamMember()).entitlements();
    expect(none).toMatchObject({ plan: null, limits: {} });
    expect(none.features.has("hiring")).toBe(false);
    const team = await (await teamMember({ quantity: 2 })).entitlements();
    expect(team).toMatchObject({ plan: "team", seats: 2, limits: { assessment_invites: 2 * PLANS.team.allowances.assessment_invites! } });
    expect(team.features.has("hiring")).toBe(true);
    expect((await (await teamMember({ quantity: 2, status: "unpaid" })).entitlements()).plan).toBeNull();
  });
});

describe("allowances", () => {
  it("starts the 10th session of 10 and refuses the 11th with 402 and the upgrade link", async () => {
    const ctx = await candidate();
    await seedUsage({ userId: ctx.principal.user.id }, "practice_sessions", period, 9);
    await startSession(ctx, { type: "behavioural", count: 3 });
    expect(await allowanceUsage(ctx, "practice_sessions")).toMatchObject({ used: 10, limit: 10, remaining: 0 });
    const refused = await expectAppError(startSession(ctx, { type: "behavioural", count: 3 }), "payment_required", 402);
    expect(refused.upgradeUrl).toBe("/pricing");
    expect(refused.message).toMatch(/10 of 10 practice sessions/);
    const raw = await getDb();
    expect(await raw.select().from(practiceSessions).where(eq(practiceSessions.userId, ctx.principal.user.id))).toHaveLength(1);
  });

  it("lets exactly 9 of 10 concurrent uses through a 9-left allowance", async () => {
    const ctx = await candidate();
    await seedUsage({ userId: ctx.principal.user.id }, "practice_sessions", period, 1);
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => consumeAllowance(ctx, "practice_sessions")));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(9);
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: "payment_required" });
    expect(await allowanceUsage(ctx, "practice_sessions")).toMatchObject({ used: 10, remaining: 0 });
  });

  it("creates the month's row once under concurrent first uses: 11 at a fresh allowance of 10 let 10 through", async () => {
    const ctx = await candidate();
    const outcomes = await Promise.allSettled(Array.from({ length: 11 }, () => consumeAllowance(ctx, "practice_sessions")));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(10);
    expect(await allowanceUsage(ctx, "practice_sessions")).toMatchObject({ used: 10 });
  });

  it("spends a list all or nothing against what is left", async () => {
    const ctx = await teamMember({ quantity: 1 });
    const limit = PLANS.team.allowances.assessment_invites!;
    await seedUsage({ orgId: ctx.principal.organisation.id }, "assessment_invites", period, limit - 2);
    const refused = await expectAppError(consumeAllowance(ctx, "assessment_invites", { amount: 3 }), "payment_required", 402);
    expect(refused.message).toMatch(/needs 3 candidate invites but 2 are left/);
    expect(refused.upgradeUrl).toBe(`/pricing?org=${ctx.principal.organisation.slug}`);
    expect(await consumeAllowance(ctx, "assessment_invites", { amount: 2 })).toMatchObject({ used: limit, remaining: 0 });
  });

  it("blocks new invites while members outnumber paid seats", async () => {
    const ctx = await teamMember({ quantity: 2 }, 3);
    const refused = await expectAppError(consumeAllowance(ctx, "assessment_invites"), "payment_required", 402);
    expect(refused.message).toMatch(/3 members but pays for 2 seats/);
    expect(await allowanceUsage(ctx, "assessment_invites")).toMatchObject({ used: 0 });
  });

  it("counts each month on its own", async () => {
    const ctx = await candidate();
    await seedUsage({ userId: ctx.principal.user.id }, "practice_sessions", "2026-11-01", 10);
    expect(await consumeAllowance(ctx, "practice_sessions")).toMatchObject({ used: 1, limit: 10 });
  });
});

describe("plan-dependent services", () => {
  const fakeAi = {} as AiClient;

  it("gives a Free candidate the offline engines and a Pro candidate the AI", async () => {
    const free = await applyPlan(await candidate(undefined, { ...billingOn, services: { billing: "stripe", ai: fakeAi } }));
    expect(free.services.ai).toBeNull();
    expect(free.services.questionSource).toBe(offlineQuestionSource);
    const pro = await applyPlan(await candidate({}, { ...billingOn, services: { billing: "stripe", ai: fakeAi } }));
    expect(pro.services.ai).toBe(fakeAi);
  });
});

describe("what the pages show", () => {
  it("shows a team's invites against seats and members, and a candidate's sessions", async () => {
    const team = await teamMember({ quantity: 2 }, 3);
    await seedUsage({ orgId: team.principal.organisation.id }, "assessment_invites", period, 12);
    expect(await usageView(team, "assessment_invites")).toMatchObject({ planName: "Team", used: 12, limit: 50, seats: 2, members: 3 });
    const free = await candidate();
    expect(await usageView(free, "practice_sessions")).toMatchObject({ planName: "Free", used: 0, limit: 10, members: null, upgradeUrl: "/pricing" });
    expect(await usageView(await candidate(undefined, billingOff), "practice_sessions")).toBeNull();
  });

  it("offers Team seats only for organisations the visitor owns, the one named first", async () => {
    const owner = await createTestUser();
    const [first, second] = [await seedOrganisation([{ user: owner, role: "owner" }]), await seedOrganisation([{ user: owner, role: "owner" }])];
    await seedOrganisation([{ user: owner, role: "manager" }]);
    const view = await pricingView(contextFor(owner, billingOn), second.slug);
    expect(view).toMatchObject({ billing: "stripe", signedIn: true, currentPlan: "candidate_free" });
    expect(view.organisations.map((o) => o.slug)).toEqual([second.slug, first.slug]);
    expect((await pricingView(contextFor(owner, billingOff))).organisations).toEqual([]);
  });
});

describe("billing off", () => {
  it("opens every feature and counts nothing", async () => {
    const withAi = await candidate(undefined, { ...billingOff, services: { billing: "off", ai: {} as AiClient } });
    expect((await applyPlan(withAi)).services.ai).not.toBeNull();
    const ctx = await candidate(undefined, billingOff);
    const entitlements = await ctx.entitlements();
    expect(entitlements).toMatchObject({ plan: "open", metered: false });
    expect([...entitlements.features].sort()).toEqual(["hiring", "practice.ai", "practice.voice"]);
    expect(await consumeAllowance(ctx, "practice_sessions")).toBeNull();
    await startSession(ctx, { type: "behavioural", count: 3 });
    const raw = await getDb();
    expect(await raw.select().from(userUsage).where(eq(userUsage.userId, ctx.principal.user.id))).toEqual([]);
  });
});
