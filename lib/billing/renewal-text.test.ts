import { describe, expect, it } from "vitest";
import { renewalText } from "./renewal-text";

describe("renewalText", () => {
  const end = new Date("2027-01-06T23:30:00.000Z");

  it("says when a live plan renews, by the UTC calendar day", () => {
    expect(renewalText("Pro", end, false, "Free")).toBe("Pro renews on 6 January 2027.");
  });

  it("says when a cancelled plan ends, what follows, and that nothing saved is lost", () => {
    expect(renewalText("Pro", end, true, "Free")).toBe("Pro ends on 6 January 2027, when you move to Free. Nothing you saved is deleted.");
  });
});
