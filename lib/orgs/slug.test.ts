import { describe, expect, it } from "vitest";
import { createOrganisationSchema, updateOrganisationSchema } from "./schemas";
import { RESERVED_SLUGS, SLUG_MAX, slugFromName, slugProblem, slugWithSuffix } from "./slug";

describe("slugProblem", () => {
  it.each(["acme", "acme-hiring", "a1b", "team-2026", "x".repeat(SLUG_MAX)])("accepts %s", (slug) => {
    expect(slugProblem(slug)).toBeNull();
  });

  it.each(["ab", "x".repeat(SLUG_MAX + 1), "Acme", "acme--hiring", "-acme", "acme-", "acme_hiring", "acmé", "acme hiring"])("refuses %s", (slug) => {
    expect(slugProblem(slug)).toEqual(expect.any(String));
  });

  it.each(["new", "invite", "api"])("refuses the reserved word %s", (slug) => {
    expect(slugProblem(slug)).toMatch(/reserved/);
  });
});

describe("slugFromName", () => {
  it.each([
    ["Acme Hiring", "acme-hiring"],
    ["  Café  Société!! ", "cafe-societe"],
    ["R&D -- Team 2", "r-d-team-2"],
    ["New", "team-new"],
    ["AB", "team-ab"],
    ["日本", "team"],
    ["!!!", "team"],
  ])("makes %j into %s", (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
    expect(slugProblem(slug)).toBeNull();
  });

  it("cuts a long name to the limit without a trailing hyphen", () => {
    const slug = slugFromName(`${"a".repeat(SLUG_MAX - 1)} b`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slugProblem(slug)).toBeNull();
  });

  it("gives every reserved word a usable slug", () => {
    for (const word of RESERVED_SLUGS) expect(slugProblem(slugFromName(word))).toBeNull();
  });
});

describe("slugWithSuffix", () => {
  it("adds a suffix and stays within the limit", () => {
    expect(slugWithSuffix("acme", "a1b2c3")).toBe("acme-a1b2c3");
    const long = slugWithSuffix("x".repeat(SLUG_MAX));
    expect(long).toMatch(/^x+-[0-9a-f]{6}$/);
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slugProblem(long)).toBeNull();
  });

  it("draws a different suffix each time", () => {
    expect(new Set(Array.from({ length: 20 }, () => slugWithSuffix("acme"))).size).toBeGreaterThan(1);
  });
});

describe("the organisation schemas", () => {
  it("trims the name, lower-cases the slug and treats an empty slug as none", () => {
    expect(createOrganisationSchema.parse({ name: "  Acme ", slug: " ACME-Hiring " })).toEqual({ name: "Acme", slug: "acme-hiring" });
    expect(createOrganisationSchema.parse({ name: "Acme", slug: "" })).toEqual({ name: "Acme" });
  });

  it("refuses an empty or 81-character name, a reserved slug and unknown fields", () => {
    expect(createOrganisationSchema.safeParse({ name: "   " }).success).toBe(false);
    expect(createOrganisationSchema.safeParse({ name: "x".repeat(81) }).success).toBe(false);
    expect(createOrganisationSchema.safeParse({ name: "x".repeat(80) }).success).toBe(true);
    expect(createOrganisationSchema.safeParse({ name: "Acme", slug: "new" }).success).toBe(false);
    expect(createOrganisationSchema.safeParse({ name: "Acme", owner: "someone" }).success).toBe(false);
  });

  it("needs a name or a slug to update", () => {
    expect(updateOrganisationSchema.safeParse({}).success).toBe(false);
    expect(updateOrganisationSchema.safeParse({ slug: "acme-2" }).success).toBe(true);
  });
});
