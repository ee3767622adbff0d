import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listAuditEventsForUser, recordAuditEvent } from "@/db/queries/audit";
import { listConsents, recordConsent } from "@/db/queries/consents";
import { getProfile, saveProfile } from "@/db/queries/profiles";
import { scopedDb } from "@/db/scoped";
import { createTestUser } from "@/tests/helpers/context";

/** A new user with the handle a signed-in request of theirs gets. */
async function newUser() {
  const user = await createTestUser({ email: "c@example.test" });
  return { ...user, db: scopedDb(getDb, { role: "app", userId: user.id }) };
}

describe("consents", () => {
  it("appends a withdrawal as a new record and lists the owner's records newest first", async () => {
    const user = await newUser();
    const other = await newUser();
    await recordConsent(user.db, user.id, { kind: "camera", version: "v1", granted: true, ipHash: "iphash" });
    await recordConsent(user.db, user.id, { kind: "camera", version: "v1", granted: false });
    await recordConsent(other.db, other.id, { kind: "camera", version: "v1", granted: true });

    const listed = await listConsents(user.db, user.id);

    expect(listed.map((c) => [c.kind, c.granted])).toEqual([
      ["camera", false],
      ["camera", true],
    ]);
    expect(listed[1]).toMatchObject({ userId: user.id, version: "v1", ipHash: "iphash" });
  });

  it("orders records written in one transaction by when each was written", async () => {
    const user = await newUser();
    await user.db.transaction(async (tx) => {
      await recordConsent(tx, user.id, { kind: "marketing", version: "v1", granted: true });
      await recordConsent(tx, user.id, { kind: "marketing", version: "v2", granted: false });
    });

    const [latest] = await listConsents(user.db, user.id);
    expect(latest).toMatchObject({ version: "v2", granted: false });
  });
});

describe("audit events", () => {
  it("records an event and lists only the actor's own events, newest first", async () => {
    const user = await newUser();
    const other = await newUser();
    await recordAuditEvent(user.db, { actorUserId: user.id, action: "profile.create", targetType: "candidate_profile" });
    const second = await recordAuditEvent(user.db, {
      actorUserId: user.id,
      action: "profile.update",
      targetType: "candidate_profile",
      targetId: user.id,
      oldValues: { goals: "old" },
      newValues: { goals: null },
      ipHash: "iphash",
    });
    await recordAuditEvent(other.db, { actorUserId: other.id, action: "profile.update", targetType: "candidate_profile" });
    // An event with no actor is the system's: only a system-scoped handle may write one.
    const system = scopedDb(getDb, { role: "system", job: "test" });
    await recordAuditEvent(system, { actorUserId: null, action: "system.cleanup", targetType: "session" });

    const listed = await listAuditEventsForUser(user.db, user.id);

    expect(listed.map((e) => e.action)).toEqual(["profile.update", "profile.create"]);
    expect(listed[0]).toEqual(second);
    expect(await listAuditEventsForUser(user.db, user.id, { limit: 1 })).toHaveLength(1);
  });

  it("rolls back a profile save and its audit event together when the transaction fails", async () => {
    const user = await newUser();

    await expect(
      user.db.transaction(async (tx) => {
        const change = await saveProfile(tx, user.id, { cvText: "draft" });
        await recordAuditEvent(tx, {
          actorUserId: user.id,
          action: "profile.update",
          targetType: "candidate_profile",
          newValues: change.newValues,
        });
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");

    expect(await getProfile(user.db, user.id)).toBeNull();
    expect(await listAuditEventsForUser(user.db, user.id)).toEqual([]);
  });
});
