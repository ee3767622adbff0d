import { describe, expect, it } from "vitest";
import { accountIdentifiers, scrubAuditValues } from "./scrub-audit-values";

const needles = ["7d0f0c1e-0000-4000-8000-000000000001", "Leaving@Example.test", "Lee Ving"];

describe("scrubAuditValues", () => {
  it("drops strings that mention an identifier, in any case, and keeps the facts", () => {
    const values = { email: "leaving@example.test", role: "reviewer", status: "pending", count: 3, ok: true };
    expect(scrubAuditValues(values, needles)).toEqual({ role: "reviewer", status: "pending", count: 3, ok: true });
  });

  it("scrubs nested objects and arrays, and keys that name the account", () => {
    const values = {
      member: { userId: needles[0], role: "owner" },
      names: ["lee ving", "Someone else"],
      [`by ${needles[2]}`]: 1,
    };
    expect(scrubAuditValues(values, needles)).toEqual({ member: { role: "owner" }, names: ["Someone else"] });
  });

  it("leaves null as null and values without identifiers unchanged", () => {
    expect(scrubAuditValues(null, needles)).toBeNull();
    expect(scrubAuditValues({ title: "Backend screen", scores: [1, 2] }, needles)).toEqual({ title: "Backend screen", scores: [1, 2] });
  });
});

describe("accountIdentifiers", () => {
  it("lists the id, email and display name", () => {
    expect(accountIdentifiers({ id: "u1", email: " a@b.test ", displayName: " Ada Lovelace " })).toEqual(["u1", "a@b.test", "Ada Lovelace"]);
  });

  it("leaves out a missing or too short display name", () => {
    expect(accountIdentifiers({ id: "u1", email: "a@b.test", displayName: null })).toEqual(["u1", "a@b.test"]);
    expect(accountIdentifiers({ id: "u1", email: "a@b.test", displayName: "Al" })).toEqual(["u1", "a@b.test"]);
  });
});
