import { describe, expect, it } from "vitest";
import { listAuditEventsForUser } from "@/db/queries/audit";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { clearField, loadProfile, updateProfile } from "@/lib/profile/profile-service";

async function newUser(tag: string) {
  return upsertUserByAuthProviderId({ authProviderId: `user_local_${tag}`, email: `${tag}@example.test`, displayName: tag });
}

describe("profile service", () => {
  it("saves, reloads and clears one field while keeping the others", async () => {
    const user = await newUser("svc-roundtrip");
    await updateProfile(user.id, { cvText: "Built a payments ledger.", targetRole: "Staff engineer", goals: "Conflict stories" });
    await clearField(user.id, "targetRole");
    expect(await loadProfile(user.id)).toMatchObject({
      cvText: "Built a payments ledger.",
      targetRole: null,
      goals: "Conflict stories",
    });
  });

  it("audits which fields changed with their lengths, never their text", async () => {
    const user = await newUser("svc-audit");
    await updateProfile(user.id, { cvText: "TOP-SECRET-CV", targetRole: null, goals: null }, "iphash1");
    await updateProfile(user.id, { cvText: "TOP-SECRET-CV", targetRole: null, goals: null }, "iphash1");
    await clearField(user.id, "cvText", "iphash2");
    await clearField(user.id, "cvText", "iphash2");
    const events = await listAuditEventsForUser(user.id);
    expect(events.map((event) => event.action).sort()).toEqual(["profile.clear_field", "profile.update"]);
    const update = events.find((event) => event.action === "profile.update")!;
    expect(update.newValues).toMatchObject({ changed: ["cvText"], cvText: { length: 13 } });
    expect(update.ipHash).toBe("iphash1");
    expect(JSON.stringify(events)).not.toContain("TOP-SECRET-CV");
  });

  it("never touches another user's profile", async () => {
    const alice = await newUser("svc-alice");
    const bob = await newUser("svc-bob");
    await updateProfile(alice.id, { cvText: "Alice CV", targetRole: "PM", goals: null });
    await clearField(bob.id, "cvText");
    await updateProfile(bob.id, { cvText: null, targetRole: "SRE", goals: null });
    expect(await loadProfile(alice.id)).toMatchObject({ cvText: "Alice CV", targetRole: "PM" });
    expect(await loadProfile(bob.id)).toMatchObject({ cvText: null, targetRole: "SRE" });
  });
});
