import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { deleteUser, findUserByAuthProviderId, upsertUserByAuthProviderId } from "@/db/queries/users";
import { users } from "@/db/schema";

const authId = () => `user_${randomUUID()}`;

describe("users", () => {
  it("creates a user on first sign-in and returns the same row on repeat upserts", async () => {
    const authProviderId = authId();
    const first = await upsertUserByAuthProviderId({ authProviderId, email: "a@example.test", displayName: "Ada" });
    const second = await upsertUserByAuthProviderId({ authProviderId, email: "a@example.test", displayName: "Ada" });

    expect(second.id).toBe(first.id);
    expect(second.createdAt.getTime()).toBe(first.createdAt.getTime());
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.authProviderId, authProviderId))).toHaveLength(1);
  });

  it("updates email and display name from the auth provider on a repeat upsert", async () => {
    const authProviderId = authId();
    const first = await upsertUserByAuthProviderId({ authProviderId, email: "old@example.test", displayName: "Old" });
    const updated = await upsertUserByAuthProviderId({ authProviderId, email: "new@example.test", displayName: "New" });

    expect(updated).toMatchObject({ id: first.id, email: "new@example.test", displayName: "New" });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    expect(await findUserByAuthProviderId(authProviderId)).toMatchObject({ email: "new@example.test" });
  });

  it("keeps the display name when a repeat upsert leaves it out, and clears it on null", async () => {
    const authProviderId = authId();
    await upsertUserByAuthProviderId({ authProviderId, email: "k@example.test", displayName: "Kept" });

    const kept = await upsertUserByAuthProviderId({ authProviderId, email: "k2@example.test" });
    expect(kept).toMatchObject({ email: "k2@example.test", displayName: "Kept" });

    const cleared = await upsertUserByAuthProviderId({ authProviderId, email: "k2@example.test", displayName: null });
    expect(cleared.displayName).toBeNull();
  });

  it("returns null for an auth provider id it has never seen", async () => {
    expect(await findUserByAuthProviderId(authId())).toBeNull();
  });

  it("deletes a user once and returns false when there is nothing left to delete", async () => {
    const authProviderId = authId();
    const user = await upsertUserByAuthProviderId({ authProviderId, email: "d@example.test" });

    expect(await deleteUser(user.id)).toBe(true);
    expect(await findUserByAuthProviderId(authProviderId)).toBeNull();
    expect(await deleteUser(user.id)).toBe(false);
  });
});
