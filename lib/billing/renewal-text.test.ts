import { describe, expect, it } from "vitest";
import { AFTER_PLAN_ENDS, renewalText } from "./renewal-text";

describe("renewalText", () => {
  const end = new Date("2027-01-06T23:30:00.000Z");

  it("says when a live plan renews, by the UTC calendar day", () => {
    expect(renewalText("Pro", end, false, AFTER_PLAN_ENDS.candidate_pro)).toBe("Pro renews on 6 January 2027.");
  });

  it("says when a cancelled plan ends, what follows, and that nothing saved is lost", () => {
    expect(renewalText("Pro", end, true, AFTER_PLAN_ENDS.candidate_pro)).toBe("Pro ends on 6 January 2027, when you move to Free. Nothing you saved is deleted.");
    expect(renewalText("Team", end, true, AFTER_PLAN_ENDS.team)).toBe(
      "Team ends on 6 January 2027, when hiring closes (members keep their access and every result). Nothing you saved is deleted.",
    );
  });
});
