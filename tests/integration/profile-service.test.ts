import { describe, expect, it } from "vitest";
import { listAuditEventsForUser } from "@/db/queries/audit";
import { clearField, loadProfile, updateProfile } from "@/lib/profile/profile-service";
import { contextFor, createTestUser } from "@/tests/helpers/context";

async function newUser(tag: string) {
  return createTestUser({ email: `${tag}@example.test`, displayName: tag });
}

describe("profile service", () => {
  it("saves, reloads and clears one field while keeping the others", async () => {
    const ctx = contextFor(await newUser("svc-roundtrip"));
    await updateProfile(ctx, { cvText: "Built a payments ledger.", targetRole: "Staff engineer", goals: "Conflict stories" });
    await clearField(ctx, "targetRole");
    expect(await loadProfile(ctx)).toMatchObject({
      cvText: "Built a payments ledger.",
      targetRole: null,
      goals: "Conflict stories",
    });
  });

  it("audits which fields changed with their lengths, never their text", async () => {
    const user = await newUser("svc-audit");
    // The hashed IP now comes from the request context, one per request.
    const first = contextFor(user, { ipHash: "iphash1" });
    const second = contextFor(user, { ipHash: "iphash2" });
    await updateProfile(first, { cvText: "TOP-SECRET-CV", targetRole: null, goals: null });
    await updateProfile(first, { cvText: "TOP-SECRET-CV", targetRole: null, goals: null });
    await clearField(second, "cvText");
    await clearField(second, "cvText");
    const events = await listAuditEventsForUser(first.db, user.id);
    expect(events.map((event) => event.action).sort()).toEqual(["profile.clear_field", "profile.update"]);
    const update = events.find((event) => event.action === "profile.update")!;
    expect(update.newValues).toMatchObject({ changed: ["cvText"], cvText: { length: 13 } });
    expect(update.ipHash).toBe("iphash1");
    expect(events.find((event) => event.action === "profile.clear_field")!.ipHash).toBe("iphash2");
    expect(JSON.stringify(events)).not.toContain("TOP-SECRET-CV");
  });

  it("never touches another user's profile", async () => {
    const alice = contextFor(await newUser("svc-alice"));
    const bob = contextFor(await newUser("svc-bob"));
    await updateProfile(alice, { cvText: "Alice CV", targetRole: "PM", goals: null });
    await clearField(bob, "cvText");
    await updateProfile(bob, { cvText: null, targetRole: "SRE", goals: null });
    expect(await loadProfile(alice)).toMatchObject({ cvText: "Alice CV", targetRole: "PM" });
    expect(await loadProfile(bob)).toMatchObject({ cvText: null, targetRole: "SRE" });
  });
});
