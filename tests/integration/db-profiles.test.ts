import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { clearProfileField, getProfile, saveProfile } from "@/db/queries/profiles";
import { scopedDb } from "@/db/scoped";
import { createTestUser } from "@/tests/helpers/context";

/** The handle a signed-in request of this user gets. */
const asUser = (userId: string) => scopedDb(getDb, { role: "app", userId });

async function newUser() {
  const user = await createTestUser({ email: "p@example.test", displayName: null });
  return { ...user, db: asUser(user.id) };
}

describe("candidate profiles", () => {
  it("returns null before the owner saves a profile", async () => {
    const user = await newUser();
    expect(await getProfile(user.db, user.id)).toBeNull();
  });

  it("saves a new profile and reports no old values", async () => {
    const user = await newUser();
    const change = await saveProfile(user.db, user.id, { cvText: "CV", targetRole: "Engineer", goals: "Ship" });

    expect(change.oldValues).toBeNull();
    expect(change.newValues).toEqual({ cvText: "CV", targetRole: "Engineer", goals: "Ship" });
    expect(await getProfile(user.db, user.id)).toMatchObject({ userId: user.id, cvText: "CV", targetRole: "Engineer" });
  });

  it("updates given fields, clears nulled ones, keeps omitted ones, and reports old and new values", async () => {
    const user = await newUser();
    await saveProfile(user.db, user.id, { cvText: "CV", targetRole: "Engineer", goals: "Ship" });

    const change = await saveProfile(user.db, user.id, { targetRole: "Manager", goals: null });

    expect(change.oldValues).toEqual({ cvText: "CV", targetRole: "Engineer", goals: "Ship" });
    expect(change.newValues).toEqual({ cvText: "CV", targetRole: "Manager", goals: null });
    expect(await getProfile(user.db, user.id)).toMatchObject({ cvText: "CV", targetRole: "Manager", goals: null });
  });

  it("clears one field and leaves the others", async () => {
    const user = await newUser();
    await saveProfile(user.db, user.id, { cvText: "CV", targetRole: "Engineer", goals: "Ship" });

    const change = await clearProfileField(user.db, user.id, "cvText");

    expect(change?.oldValues?.cvText).toBe("CV");
    expect(change?.newValues).toEqual({ cvText: null, targetRole: "Engineer", goals: "Ship" });
    expect(await getProfile(user.db, user.id)).toMatchObject({ cvText: null, targetRole: "Engineer", goals: "Ship" });
  });

  it("returns null when clearing a field of a profile that does not exist, and creates none", async () => {
    const user = await newUser();
    expect(await clearProfileField(user.db, user.id, "goals")).toBeNull();
    expect(await getProfile(user.db, user.id)).toBeNull();
  });

  it("keeps one owner's profile out of another owner's reads and clears", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await saveProfile(alice.db, alice.id, { cvText: "Alice's CV", targetRole: "Engineer", goals: "Lead" });

    expect(await getProfile(bob.db, bob.id)).toBeNull();
    expect(await clearProfileField(bob.db, bob.id, "cvText")).toBeNull();
    await saveProfile(bob.db, bob.id, { cvText: "Bob's CV" });

    expect(await getProfile(alice.db, alice.id)).toMatchObject({ cvText: "Alice's CV", targetRole: "Engineer", goals: "Lead" });
    expect(await getProfile(bob.db, bob.id)).toMatchObject({ cvText: "Bob's CV", targetRole: null, goals: null });
  });

  it("shows and clears nothing when one owner's handle names another owner's profile", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await saveProfile(alice.db, alice.id, { cvText: "Alice's CV", targetRole: "Engineer", goals: "Lead" });

    expect(await getProfile(bob.db, alice.id)).toBeNull();
    expect(await clearProfileField(bob.db, alice.id, "cvText")).toBeNull();
    expect(await getProfile(alice.db, alice.id)).toMatchObject({ cvText: "Alice's CV" });
  });

  it("rejects a profile for a user that does not exist", async () => {
    const ghost = randomUUID();
    await expect(saveProfile(asUser(ghost), ghost, { cvText: "orphan" })).rejects.toThrow();
  });
});
