import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clearProfileField, getProfile, saveProfile } from "@/db/queries/profiles";
import { upsertUserByAuthProviderId } from "@/db/queries/users";

const newUser = () =>
  upsertUserByAuthProviderId({ authProviderId: `user_${randomUUID()}`, email: "p@example.test", displayName: null });

describe("candidate profiles", () => {
  it("returns null before the owner saves a profile", async () => {
    const user = await newUser();
    expect(await getProfile(user.id)).toBeNull();
  });

  it("saves a new profile and reports no old values", async () => {
    const user = await newUser();
    const change = await saveProfile(user.id, { cvText: "CV", targetRole: "Engineer", goals: "Ship" });

    expect(change.oldValues).toBeNull();
    expect(change.newValues).toEqual({ cvText: "CV", targetRole: "Engineer", goals: "Ship" });
    expect(await getProfile(user.id)).toMatchObject({ userId: user.id, cvText: "CV", targetRole: "Engineer" });
  });

  it("updates given fields, clears nulled ones, keeps omitted ones, and reports old and new values", async () => {
    const user = await newUser();
    await saveProfile(user.id, { cvText: "CV", targetRole: "Engineer", goals: "Ship" });

    const change = await saveProfile(user.id, { targetRole: "Manager", goals: null });

    expect(change.oldValues).toEqual({ cvText: "CV", targetRole: "Engineer", goals: "Ship" });
    expect(change.newValues).toEqual({ cvText: "CV", targetRole: "Manager", goals: null });
    expect(await getProfile(user.id)).toMatchObject({ cvText: "CV", targetRole: "Manager", goals: null });
  });

  it("clears one field and leaves the others", async () => {
    const user = await newUser();
    await saveProfile(user.id, { cvText: "CV", targetRole: "Engineer", goals: "Ship" });

    const change = await clearProfileField(user.id, "cvText");

    expect(change?.oldValues?.cvText).toBe("CV");
    expect(change?.newValues).toEqual({ cvText: null, targetRole: "Engineer", goals: "Ship" });
    expect(await getProfile(user.id)).toMatchObject({ cvText: null, targetRole: "Engineer", goals: "Ship" });
  });

  it("returns null when clearing a field of a profile that does not exist, and creates none", async () => {
    const user = await newUser();
    expect(await clearProfileField(user.id, "goals")).toBeNull();
    expect(await getProfile(user.id)).toBeNull();
  });

  it("keeps one owner's profile out of another owner's reads and clears", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await saveProfile(alice.id, { cvText: "Alice's CV", targetRole: "Engineer", goals: "Lead" });

    expect(await getProfile(bob.id)).toBeNull();
    expect(await clearProfileField(bob.id, "cvText")).toBeNull();
    await saveProfile(bob.id, { cvText: "Bob's CV" });

    expect(await getProfile(alice.id)).toMatchObject({ cvText: "Alice's CV", targetRole: "Engineer", goals: "Lead" });
    expect(await getProfile(bob.id)).toMatchObject({ cvText: "Bob's CV", targetRole: null, goals: null });
  });

  it("rejects a profile for a user that does not exist", async () => {
    await expect(saveProfile(randomUUID(), { cvText: "orphan" })).rejects.toThrow();
  });
});
