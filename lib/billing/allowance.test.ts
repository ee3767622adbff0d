import { describe, expect, it } from "vitest";
import {
  effectivePlan,
  fits,
  isLive,
  monthlyLimit,
  nextPeriodStart,
  periodStartOf,
  remaining,
  seatsExceeded,
  seatsOf,
  type SubscriptionState,
} from "./allowance";
import { PLANS } from "./plans";

const now = new Date("2026-12-07T04:00:00.000Z");
const later = new Date(now.getTime() + 1);
const earlier = new Date(now.getTime() - 1);

function subscription(overrides: Partial<SubscriptionState> = {}): SubscriptionState {
  return { plan: "candidate_pro", status: "active", quantity: 1, currentPeriodEnd: later, cancelAtPeriodEnd: false, ...overrides };
}

describe("effectivePlan", () => {
  it("is the free plan for a candidate without a subscription, and none for an organisation", () => {
    expect(effectivePlan(null, "candidate", now)).toBe("candidate_free");
    expect(effectivePlan(null, "organisation", now)).toBeNull();
  });

  it.each(["active", "trialing", "past_due"])("keeps the plan while %s and the period runs", (status) => {
    expect(effectivePlan(subscription({ status }), "candidate", now)).toBe("candidate_pro");
  });

  it.each(["canceled", "unpaid", "incomplete", "incomplete_expired", "paused", "none"])("falls back to Free when %s", (status) => {
    expect(effectivePlan(subscription({ status }), "candidate", now)).toBe("candidate_free");
  });

  it("ends the plan at the very instant the period ends", () => {
    expect(effectivePlan(subscription({ currentPeriodEnd: now }), "candidate", now)).toBe("candidate_free");
    expect(effectivePlan(subscription({ currentPeriodEnd: earlier }), "candidate", now)).toBe("candidate_free");
    expect(effectivePlan(subscription({ currentPeriodEnd: later }), "candidate", now)).toBe("candidate_pro");
  });

  it("keeps a plan cancelled at the period end until that end, then drops it", () => {
    const cancelling = subscription({ cancelAtPeriodEnd: true });
    expect(effectivePlan(cancelling, "candidate", now)).toBe("candidate_pro");
    expect(effectivePlan(cancelling, "candidate", later)).toBe("candidate_free");
  });

  it("keeps a past_due plan only until its period end", () => {
    expect(effectivePlan(subscription({ status: "past_due", currentPeriodEnd: now }), "candidate", now)).toBe("candidate_free");
  });

  it("gives an organisation the Team plan only while live", () => {
    const team = subscription({ plan: "team", quantity: 3 });
    expect(effectivePlan(team, "organisation", now)).toBe("team");
    expect(effectivePlan({ ...team, status: "canceled" }, "organisation", now)).toBeNull();
  });

  it("ignores a plan sold to the other audience or unknown to this build", () => {
    expect(effectivePlan(subscription({ plan: "team" }), "candidate", now)).toBe("candidate_free");
    expect(effectivePlan(subscription({ plan: "candidate_pro" }), "organisation", now)).toBeNull();
    expect(effectivePlan(subscription({ plan: "enterprise" }), "candidate", now)).toBe("candidate_free");
    expect(effectivePlan(subscription({ plan: null }), "candidate", now)).toBe("candidate_free");
  });

  it("takes a live subscription without a period end at its word", () => {
    expect(isLive(subscription({ currentPeriodEnd: null }), now)).toBe(true);
  });
});

describe("limits", () => {
  it("multiplies a per-seat allowance by the paid seats", () => {
    const perSeat = PLANS.team.allowances.assessment_invites!;
    expect(seatsOf("team", subscription({ plan: "team", quantity: 2 }))).toBe(2);
    expect(monthlyLimit("team", "assessment_invites", 2)).toBe(perSeat * 2);
    expect(monthlyLimit("team", "assessment_invites", 0)).toBe(0);
  });

  it("counts one seat for a candidate plan, whatever the quantity", () => {
    expect(seatsOf("candidate_pro", subscription({ quantity: 5 }))).toBe(1);
    expect(monthlyLimit("candidate_free", "practice_sessions", 5)).toBe(PLANS.candidate_free.allowances.practice_sessions);
  });

  it("allows nothing of a metric the plan does not list, and nothing without a plan", () => {
    expect(monthlyLimit("candidate_pro", "assessment_invites", 1)).toBe(0);
    expect(monthlyLimit(null, "assessment_invites", 3)).toBe(0);
  });

  it("fits a use while the total stays within the limit: 9 of 10 used allows one, 10 allows none", () => {
    expect(fits(10, 9, 1)).toBe(true);
    expect(fits(10, 10, 1)).toBe(false);
    expect(fits(10, 8, 3)).toBe(false);
    expect(fits(10, 7, 3)).toBe(true);
    expect(fits(10, 0, 0)).toBe(false);
  });

  it("never reports a negative remainder after a downgrade lowered the limit", () => {
    expect(remaining(10, 3)).toBe(7);
    expect(remaining(10, 40)).toBe(0);
  });

  it("blocks on more members than seats, not on as many", () => {
    expect(seatsExceeded(3, 2)).toBe(true);
    expect(seatsExceeded(2, 2)).toBe(false);
  });
});

describe("periods", () => {
  it("counts by calendar month in UTC", () => {
    expect(periodStartOf(new Date("2026-12-31T23:59:59.999Z"))).toBe("2026-12-01");
    expect(periodStartOf(new Date("2027-01-01T00:00:00.000Z"))).toBe("2027-01-01");
    expect(periodStartOf(new Date("2026-03-01T00:30:00+01:00"))).toBe("2026-02-01");
  });

  it("resets at the first instant of the next month, across the year end", () => {
    expect(nextPeriodStart(new Date("2026-12-07T04:00:00Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(nextPeriodStart(new Date("2026-01-31T23:00:00Z")).toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });
});
