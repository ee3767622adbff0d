/**
 * The foreign keys beneath account deletion: what deleting the user row alone does. The foreign key only nulls the
 * actor; the target id, IP hash and values that name the user stay, which is why the account deletion service
 * (lib/privacy/account-deletion, tested end to end in account-deletion.test.ts) anonymises those itself.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listAuditEventsForUser, recordAuditEvent } from "@/db/queries/audit";
import { listConsents, recordConsent } from "@/db/queries/consents";
import { getProfile, saveProfile } from "@/db/queries/profiles";
import { deleteUser } from "@/db/queries/users";
import { type ScopedDb, scopedDb } from "@/db/scoped";
import { auditEvents, practiceAnswers, practiceSessions } from "@/db/schema";
import { createTestUser } from "@/tests/helpers/context";

const asUser = (userId: string) => scopedDb(getDb, { role: "app", userId });
// Sees every row, so a row the deletion missed cannot hide behind row-level security.
const system: ScopedDb = scopedDb(getDb, { role: "system", job: "test" });

// The profile, consent and audit event go through their queries as the user; the session and answers are arranged
// with the raw handle, since the practice queries need a whole question set this test has no use for.
async function seedUser(label: string) {
  const raw = await getDb();
  const user = await createTestUser({ email: `${label}@example.test` });
  const db = asUser(user.id);
  await saveProfile(db, user.id, { cvText: `${label} CV`, targetRole: "Engineer" });
  const [session] = await raw
    .insert(practiceSessions)
    .values({ userId: user.id, interviewType: "behavioural", questionCount: 2, summary: { note: label } })
    .returning();
  await raw.insert(practiceAnswers).values([
    { sessionId: session!.id, userId: user.id, position: 1, question: "Q1", answerText: "A1", scores: { star: 3 } },
    { sessionId: session!.id, userId: user.id, position: 2, question: "Q2", mode: "voice" },
  ]);
  await recordConsent(db, user.id, { kind: "camera", version: "2025-01", granted: true, ipHash: "h" });
  const event = await recordAuditEvent(db, {
    actorUserId: user.id,
    action: "profile.update",
    targetType: "candidate_profile",
    targetId: user.id,
    newValues: { targetRole: "Engineer" },
  });
  return { user, db, session: session!, event };
}

async function rowsOwnedBy(userId: string) {
  const raw = await getDb();
  return {
    profile: await getProfile(system, userId),
    sessions: await raw.select().from(practiceSessions).where(eq(practiceSessions.userId, userId)),
    answers: await raw.select().from(practiceAnswers).where(eq(practiceAnswers.userId, userId)),
    consents: await listConsents(system, userId),
    audit: await listAuditEventsForUser(system, userId),
  };
}

describe("deleting a user row (the foreign keys beneath account deletion)", () => {
  it("deletes the profile, sessions, answers and consents with the user, and only theirs", async () => {
    const leaving = await seedUser("leaving");
    const staying = await seedUser("staying");
    const raw = await getDb();

    // The user deletes their own account: the cascades run even though the user's role may not see other rows.
    expect(await deleteUser(leaving.db, leaving.user.id)).toBe(true);

    expect(await rowsOwnedBy(leaving.user.id)).toEqual({
      profile: null,
      sessions: [],
      answers: [],
      consents: [],
      audit: [],
    });
    // Answers are also reachable through their session; none may survive under it.
    const orphans = await raw.select().from(practiceAnswers).where(eq(practiceAnswers.sessionId, leaving.session.id));
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
    const raw = await getDb();

    expect(await deleteUser(system, user.id)).toBe(true);

    const [kept] = await raw.select().from(auditEvents).where(eq(auditEvents.id, event.id));
    expect(kept).toMatchObject({
      actorUserId: null,
      action: "profile.update",
      targetType: "candidate_profile",
      targetId: user.id,
      newValues: { targetRole: "Engineer" },
    });
  });

  it("keeps the audit events with the actor nulled when the user deletes their own account", async () => {
    const { user, db, event } = await seedUser("self-audited");
    const raw = await getDb();

    expect(await deleteUser(db, user.id)).toBe(true);

    const [kept] = await raw.select().from(auditEvents).where(eq(auditEvents.id, event.id));
    expect(kept).toMatchObject({ actorUserId: null, action: "profile.update", targetId: user.id });
  });

  it("rejects an answer whose owner differs from its session's owner", async () => {
    const owner = await seedUser("owner");
    const intruder = await seedUser("intruder");
    const raw = await getDb();

    // The raw handle bypasses row-level security, so only the composite foreign key can refuse this row.
    const insert = raw.insert(practiceAnswers).values({
      sessionId: owner.session.id,
      userId: intruder.user.id,
      position: 9,
      question: "Not yours",
    });
    await expect(insert).rejects.toMatchObject({ cause: { code: "23503" } });
  });
});
