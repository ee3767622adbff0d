import { describe, expect, it } from "vitest";
import { blockingMessage, type MembershipCounts, organisationOutcomes } from "./organisations";

const membership = (name: string, role: MembershipCounts["role"], memberCount: number, ownerCount: number): MembershipCounts => ({
  orgId: name,
  name,
  slug: name.toLowerCase(),
  role,
  memberCount,
  ownerCount,
});

describe("organisationOutcomes", () => {
  it("deletes an organisation whose only member is the user, whatever their role", () => {
    const alone = membership("Alone", "owner", 1, 1);
    expect(organisationOutcomes([alone])).toEqual({ blocking: [], deletedWithAccount: [alone], left: [] });
  });

  it("blocks on a sole owner with other members", () => {
    const team = membership("Team", "owner", 3, 1);
    expect(organisationOutcomes([team])).toEqual({ blocking: [team], deletedWithAccount: [], left: [] });
  });

  it("removes the membership of one owner among several, and of managers and reviewers", () => {
    const coOwned = membership("Co", "owner", 2, 2);
    const managed = membership("Managed", "manager", 2, 1);
    const reviewed = membership("Reviewed", "reviewer", 5, 1);
    expect(organisationOutcomes([coOwned, managed, reviewed])).toEqual({ blocking: [], deletedWithAccount: [], left: [coOwned, managed, reviewed] });
  });
});

describe("blockingMessage", () => {
  it("names one organisation", () => {
    expect(blockingMessage([{ name: "Acme", slug: "acme" }])).toBe(
      'You are the only owner of "Acme", which has other members. Make another member an owner of it, or delete it, before deleting your account.',
    );
  });

  it("names every organisation", () => {
    const message = blockingMessage([
      { name: "Acme", slug: "acme" },
      { name: "Beta", slug: "beta" },
      { name: "Gamma", slug: "gamma" },
    ]);
    expect(message).toContain('"Acme", "Beta" and "Gamma", which have other members');
    expect(message).toContain("each of them");
  });
});
