import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listAuditEventsForUser, recordAuditEvent } from "@/db/queries/audit";
import { listConsents, recordConsent } from "@/db/queries/consents";
import { getProfile, saveProfile } from "@/db/queries/profiles";
import { deleteUser, upsertUserByAuthProviderId } from "@/db/queries/users";
import { auditEvents, practiceAnswers, practiceSessions } from "@/db/schema";

// Sessions and answers have no query module yet, so the fixture writes them through Drizzle directly.
async function seedUser(label: string) {
  const db = await getDb();
  const user = await upsertUserByAuthProviderId({
    authProviderId: `user_${randomUUID()}`,
    email: `${label}@example.test`,
  });
  await saveProfile(user.id, { cvText: `${label} CV`, targetRole: "Engineer" });
  const [session] = await db
    .insert(practiceSessions)
    .values({ userId: user.id, interviewType: "behavioural", questionCount: 2, summary: { note: label } })
    .returning();
  await db.insert(practiceAnswers).values([
    { sessionId: session!.id, userId: user.id, position: 1, question: "Q1", answerText: "A1", scores: { star: 3 } },
    { sessionId: session!.id, userId: user.id, position: 2, question: "Q2", mode: "voice" },
  ]);
  await recordConsent(user.id, { kind: "camera", version: "2025-01", granted: true, ipHash: "h" });
  const event = await recordAuditEvent({
    actorUserId: user.id,
    action: "profile.update",
    targetType: "candidate_profile",
    targetId: user.id,
    newValues: { targetRole: "Engineer" },
  });
  return { user, session: session!, event };
}

async function rowsOwnedBy(userId: string) {
  const db = await getDb();
  return {
    profile: await getProfile(userId),
    sessions: await db.select().from(practiceSessions).where(eq(practiceSessions.userId, userId)),
    answers: await db.select().from(practiceAnswers).where(eq(practiceAnswers.userId, userId)),
    consents: await listConsents(userId),
    audit: await listAuditEventsForUser(userId),
  };
}

describe("account deletion", () => {
  it("deletes the profile, sessions, answers and consents with the user, and only theirs", async () => {
    const leaving = await seedUser("leaving");
    const staying = await seedUser("staying");
    const db = await getDb();

    expect(await deleteUser(leaving.user.id)).toBe(true);

    expect(await rowsOwnedBy(leaving.user.id)).toEqual({
      profile: null,
      sessions: [],
      answers: [],
      consents: [],
      audit: [],
    });
    // Answers are also reachable through their session; none may survive under it.
    const orphans = await db.select().from(practiceAnswers).where(eq(practiceAnswers.sessionId, leaving.session.id));
    expect(orphans).toEqual([]);

    const other = await rowsOwnedBy(staying.user.id);
    expect(other.profile).not.toBeNull();
    expect(other.sessions).toHaveLength(1);
    expect(other.answers).toHaveLength(2);
    expect(other.consents).toHaveLength(1);
    expect(other.audit).toHaveLength(1);
  });

  it("keeps the user's audit events with the actor nulled", async () => {
    const { user, event } = await seedUser("audited");
    const db = await getDb();

    await deleteUser(user.id);

    const [kept] = await db.select().from(auditEvents).where(eq(auditEvents.id, event.id));
    expect(kept).toMatchObject({
      actorUserId: null,
      action: "profile.update",
      targetType: "candidate_profile",
      targetId: user.id,
      newValues: { targetRole: "Engineer" },
    });
  });

  it("rejects an answer whose owner differs from its session's owner", async () => {
    const owner = await seedUser("owner");
    const intruder = await seedUser("intruder");
    const db = await getDb();

    await expect(
      db.insert(practiceAnswers).values({
        sessionId: owner.session.id,
        userId: intruder.user.id,
        position: 9,
        question: "Not yours",
      }),
    ).rejects.toThrow();
  });
});
