import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AllowanceMeter } from "@/components/billing/allowance-meter";
import { BillingOffBanner } from "@/components/billing/billing-off-banner";
import { PlanCard } from "@/components/billing/plan-card";
import { PLANS } from "@/lib/billing/plans";
import type { UsageView } from "@/lib/billing/usage-view";

const base: UsageView = {
  metric: "practice_sessions",
  planName: "Free",
  used: 3,
  limit: 10,
  remaining: 7,
  seats: 1,
  members: null,
  resetsAt: "2027-01-01T00:00:00.000Z",
  upgradeUrl: "/pricing",
};
const render = (usage: UsageView) => renderToStaticMarkup(createElement(AllowanceMeter, { usage }));

describe("AllowanceMeter", () => {
  it("shows a candidate's sessions against the month's allowance, with a labelled meter and no upgrade link yet", () => {
    const html = render(base);
    expect(html).toContain("3 of 10 practice sessions this month");
    expect(html).toContain("Resets on 1 January");
    expect(html).toMatch(/<meter[^>]*aria-label="3 of 10 practice sessions this month"/);
    expect(html).not.toContain("upgrade-link");
  });

  it("links to the upgrade once the allowance is spent", () => {
    expect(render({ ...base, used: 10, remaining: 0 })).toMatch(/<a [^>]*href="\/pricing"[^>]*>Upgrade for more<\/a>/);
  });

  it("shows a team's invites with its seats, and warns when members outnumber them", () => {
    const team: UsageView = { ...base, metric: "assessment_invites", planName: "Team", used: 12, limit: 50, remaining: 38, seats: 2, members: 2, upgradeUrl: "/pricing?org=acme" };
    expect(render(team)).toContain("12 of 50 candidate invites this month, 2 seats");
    const short = render({ ...team, members: 3 });
    expect(short).toContain("3 members on 2 seats");
    expect(short).toContain('href="/pricing?org=acme"');
  });

  it("tells an organisation without a plan that hiring needs Team", () => {
    const html = render({ ...base, metric: "assessment_invites", planName: null, used: 0, limit: 0, remaining: 0, members: 1, upgradeUrl: "/pricing?org=acme" });
    expect(html).toContain("Hiring needs the Team plan");
    expect(html).toContain("See the Team plan");
  });
});

describe("PlanCard and the banner", () => {
  it("lists what each plan includes from the plans file", () => {
    const pro = renderToStaticMarkup(createElement(PlanCard, { plan: PLANS.candidate_pro, current: true }));
    expect(pro).toContain("AI-written questions, feedback and model answers");
    expect(pro).toContain("300 practice sessions a month (fair use)");
    expect(pro).toContain("Your plan");
    expect(renderToStaticMarkup(createElement(PlanCard, { plan: PLANS.team, current: false }))).toContain("25 candidate invites a month per seat");
  });

  it("says billing is off", () => {
    const html = renderToStaticMarkup(createElement(BillingOffBanner));
    expect(html).toContain("Billing is off on this deployment: every feature is open.");
    expect(html).toContain("Billing is off: every feature is open.");
  });
});
