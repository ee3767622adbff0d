import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { deleteUser, findUserByAuthProviderId, upsertUserByAuthProviderId } from "@/db/queries/users";
import { scopedDb } from "@/db/scoped";
import { users } from "@/db/schema";

const authId = () => `user_${randomUUID()}`;
/** The handle sign-in uses: scoped to the verified subject, before the user's id is known. */
const asSubject = (subject: string) => scopedDb(getDb, { role: "app", subject });
/** The handle a signed-in request of this user gets. */
const asUser = (userId: string) => scopedDb(getDb, { role: "app", userId });

describe("users", () => {
  it("creates a user on first sign-in and returns the same row on repeat upserts", async () => {
    const authProviderId = authId();
    const db = asSubject(authProviderId);
    const first = await upsertUserByAuthProviderId(db, { authProviderId, email: "a@example.test", displayName: "Ada" });
    const second = await upsertUserByAuthProviderId(db, { authProviderId, email: "a@example.test", displayName: "Ada" });

    expect(second.id).toBe(first.id);
    expect(second.createdAt.getTime()).toBe(first.createdAt.getTime());
    const raw = await getDb();
    expect(await raw.select().from(users).where(eq(users.authProviderId, authProviderId))).toHaveLength(1);
  });

  it("updates email and display name from the auth provider on a repeat upsert", async () => {
    const authProviderId = authId();
    const db = asSubject(authProviderId);
    const first = await upsertUserByAuthProviderId(db, { authProviderId, email: "old@example.test", displayName: "Old" });
    const updated = await upsertUserByAuthProviderId(db, { authProviderId, email: "new@example.test", displayName: "New" });

    expect(updated).toMatchObject({ id: first.id, email: "new@example.test", displayName: "New" });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    expect(await findUserByAuthProviderId(db, authProviderId)).toMatchObject({ email: "new@example.test" });
  });

  it("keeps the display name when a repeat upsert leaves it out, and clears it on null", async () => {
    const authProviderId = authId();
    const db = asSubject(authProviderId);
    await upsertUserByAuthProviderId(db, { authProviderId, email: "k@example.test", displayName: "Kept" });

    const kept = await upsertUserByAuthProviderId(db, { authProviderId, email: "k2@example.test" });
    expect(kept).toMatchObject({ email: "k2@example.test", displayName: "Kept" });

    const cleared = await upsertUserByAuthProviderId(db, { authProviderId, email: "k2@example.test", displayName: null });
    expect(cleared.displayName).toBeNull();
  });

  it("returns null for an auth provider id it has never seen", async () => {
    const authProviderId = authId();
    expect(await findUserByAuthProviderId(asSubject(authProviderId), authProviderId)).toBeNull();
  });

  it("finds no other subject's user through a handle scoped to one subject", async () => {
    const someone = authId();
    await upsertUserByAuthProviderId(asSubject(someone), { authProviderId: someone, email: "s@example.test" });

    expect(await findUserByAuthProviderId(asSubject(authId()), someone)).toBeNull();
    expect(await findUserByAuthProviderId(asSubject(someone), someone)).toMatchObject({ email: "s@example.test" });
  });

  it("deletes a user once and returns false when there is nothing left to delete", async () => {
    const authProviderId = authId();
    const user = await upsertUserByAuthProviderId(asSubject(authProviderId), { authProviderId, email: "d@example.test" });

    expect(await deleteUser(asUser(user.id), user.id)).toBe(true);
    expect(await findUserByAuthProviderId(asSubject(authProviderId), authProviderId)).toBeNull();
    const raw = await getDb();
    expect(await raw.select().from(users).where(eq(users.id, user.id))).toEqual([]);
    expect(await deleteUser(asUser(user.id), user.id)).toBe(false);
  });

  it("deletes nothing when one user's handle names another user", async () => {
    const victimSubject = authId();
    const victim = await upsertUserByAuthProviderId(asSubject(victimSubject), {
      authProviderId: victimSubject,
      email: "v@example.test",
    });
    const attackerSubject = authId();
    const attacker = await upsertUserByAuthProviderId(asSubject(attackerSubject), {
      authProviderId: attackerSubject,
      email: "x@example.test",
    });

    expect(await deleteUser(asUser(attacker.id), victim.id)).toBe(false);
    const raw = await getDb();
    expect(await raw.select().from(users).where(eq(users.id, victim.id))).toHaveLength(1);
  });
});
