import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runInTransaction } from "@/db/client";
import { listAuditEventsForUser, recordAuditEvent } from "@/db/queries/audit";
import { listConsents, recordConsent } from "@/db/queries/consents";
import { getProfile, saveProfile } from "@/db/queries/profiles";
import { upsertUserByAuthProviderId } from "@/db/queries/users";

const newUser = () => upsertUserByAuthProviderId({ authProviderId: `user_${randomUUID()}`, email: "c@example.test" });

describe("consents", () => {
  it("appends a withdrawal as a new record and lists the owner's records newest first", async () => {
    const user = await newUser();
    const other = await newUser();
    await recordConsent(user.id, { kind: "camera", version: "v1", granted: true, ipHash: "iphash" });
    await recordConsent(user.id, { kind: "camera", version: "v1", granted: false });
    await recordConsent(other.id, { kind: "camera", version: "v1", granted: true });

    const listed = await listConsents(user.id);

    expect(listed.map((c) => [c.kind, c.granted])).toEqual([
      ["camera", false],
      ["camera", true],
    ]);
    expect(listed[1]).toMatchObject({ userId: user.id, version: "v1", ipHash: "iphash" });
  });

  it("orders records written in one transaction by when each was written", async () => {
    const user = await newUser();
    await runInTransaction(async (tx) => {
      await recordConsent(user.id, { kind: "marketing", version: "v1", granted: true }, tx);
      await recordConsent(user.id, { kind: "marketing", version: "v2", granted: false }, tx);
    });

    const [latest] = await listConsents(user.id);
    expect(latest).toMatchObject({ version: "v2", granted: false });
  });
});

describe("audit events", () => {
  it("records an event and lists only the actor's own events, newest first", async () => {
    const user = await newUser();
    const other = await newUser();
    await recordAuditEvent({ actorUserId: user.id, action: "profile.create", targetType: "candidate_profile" });
    const second = await recordAuditEvent({
      actorUserId: user.id,
      action: "profile.update",
      targetType: "candidate_profile",
      targetId: user.id,
      oldValues: { goals: "old" },
      newValues: { goals: null },
      ipHash: "iphash",
    });
    await recordAuditEvent({ actorUserId: other.id, action: "profile.update", targetType: "candidate_profile" });
    await recordAuditEvent({ actorUserId: null, action: "system.cleanup", targetType: "session" });

    const listed = await listAuditEventsForUser(user.id);

    expect(listed.map((e) => e.action)).toEqual(["profile.update", "profile.create"]);
    expect(listed[0]).toEqual(second);
    expect(await listAuditEventsForUser(user.id, { limit: 1 })).toHaveLength(1);
  });

  it("rolls back a profile save and its audit event together when the transaction fails", async () => {
    const user = await newUser();

    await expect(
      runInTransaction(async (tx) => {
        const change = await saveProfile(user.id, { cvText: "draft" }, tx);
        await recordAuditEvent(
          {
            actorUserId: user.id,
            action: "profile.update",
            targetType: "candidate_profile",
            newValues: change.newValues,
          },
          tx,
        );
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");

    expect(await getProfile(user.id)).toBeNull();
    expect(await listAuditEventsForUser(user.id)).toEqual([]);
  });
});
