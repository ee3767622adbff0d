/**
 * A candidate's milestones in the inviting organisation's audit log: starting and submitting each append one event
 * with no actor and no name, email or answer in it, which the log's page shows as "A candidate …". Row-level
 * security lets a candidate's scope append only its own invite's milestones to its own invite's organisation: never
 * into another organisation, for another invite, as a staff action or naming an actor, and never read the log back.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { recordCandidateAuditEvent } from "@/db/queries/candidate-audit";
import { runScoped, scopedDb } from "@/db/scoped";
import { auditEvents } from "@/db/schema";
import { startAttempt, submitCandidateAttempt } from "@/lib/assessments/candidate";
import { CANDIDATE_CONSENT_VERSION } from "@/lib/assessments/candidate/consent";
import { describeAuditAction } from "@/lib/orgs/audit-descriptions";
import { CANDIDATE, organisationAuditLog } from "@/lib/orgs/audit-log-service";
import { createTestUser } from "@/tests/helpers/context";
import { memberContextFor } from "@/tests/helpers/organisations";
import { candidateContextFor, seedCandidateLink, type SeededLink } from "@/tests/helpers/candidate-flow";

const candidateScope = (link: SeededLink) => scopedDb(getDb, { role: "app", tokenHash: link.tokenHash });

async function eventsOf(orgId: string) {
  return (await getDb()).select().from(auditEvents).where(eq(auditEvents.orgId, orgId)).orderBy(auditEvents.seq);
}

async function expectRefused(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, "the insert was not refused").toBeInstanceOf(Error);
}

describe("candidate milestones in the audit log", () => {
  it("records the start and the submit in the organisation's log, with no actor and nothing personal", async () => {
    const name = "Ottoline Farquharson";
    const email = `ottoline-${randomUUID()}@example.test`;
    const link = await seedCandidateLink({ candidateName: name, candidateEmail: email });
    const ctx = candidateContextFor(link);
    const { deviceSecret, attemptId } = await startAttempt(ctx, { consentVersion: CANDIDATE_CONSENT_VERSION }, null);
    // Resuming in the same browser is not a second start.
    await startAttempt(ctx, { consentVersion: CANDIDATE_CONSENT_VERSION }, deviceSecret);
    await submitCandidateAttempt(ctx, deviceSecret);

    const events = await eventsOf(link.organisation.id);
    expect(events.map((e) => e.action)).toEqual(["assessment.attempt.start", "assessment.attempt.submit"]);
    for (const event of events) {
      expect(event).toMatchObject({ actorUserId: null, targetType: "candidate_invite", targetId: link.invite.id, ipHash: ctx.ipHash });
      const stored = JSON.stringify(event);
      expect(stored).not.toContain(name);
      expect(stored).not.toContain(email);
    }
    expect(events[0]!.newValues).toEqual({ attemptId, consentVersion: CANDIDATE_CONSENT_VERSION });
    expect(events[1]!.newValues).toEqual({ attemptId, answered: 0, questions: link.questions.length });
    expect(describeAuditAction(events[1]!.action, null, events[1]!.newValues)).toBe("submitted the assessment (0 of 2 questions answered)");

    const owner = await createTestUser();
    const log = await organisationAuditLog(memberContextFor(owner, link.organisation, "owner"));
    expect(log.events.map((e) => e.actor)).toEqual([CANDIDATE, CANDIDATE]);
  });

  it("refuses a candidate's event for another organisation or another invite", async () => {
    const mine = await seedCandidateLink();
    const theirs = await seedCandidateLink();
    const db = candidateScope(mine);
    const base = { action: "assessment.attempt.start", ipHash: null } as const;

    await expectRefused(recordCandidateAuditEvent(db, { ...base, orgId: theirs.organisation.id, inviteId: mine.invite.id }));
    await expectRefused(recordCandidateAuditEvent(db, { ...base, orgId: theirs.organisation.id, inviteId: theirs.invite.id }));
    await expectRefused(recordCandidateAuditEvent(db, { ...base, orgId: mine.organisation.id, inviteId: theirs.invite.id }));
    expect(await eventsOf(theirs.organisation.id)).toEqual([]);

    await recordCandidateAuditEvent(db, { ...base, orgId: mine.organisation.id, inviteId: mine.invite.id });
    expect(await eventsOf(mine.organisation.id)).toHaveLength(1);
  });

  it("refuses a staff action or a named actor from a candidate's scope, and shows the candidate none of the log", async () => {
    const link = await seedCandidateLink();
    const db = candidateScope(link);
    const insert = (action: string, actor: string | null) =>
      runScoped(db, (conn) =>
        conn.insert(auditEvents).values({ action, actorUserId: actor, targetType: "candidate_invite", targetId: link.invite.id, orgId: link.organisation.id }),
      );
    await expectRefused(insert("assessment.candidate.reset", null));
    await expectRefused(insert("organisation.delete", null));
    const user = await createTestUser();
    await expectRefused(insert("assessment.attempt.start", user.id));

    await recordCandidateAuditEvent(db, { action: "assessment.attempt.start", orgId: link.organisation.id, inviteId: link.invite.id, ipHash: null });
    expect(await runScoped(db, (conn) => conn.select().from(auditEvents))).toEqual([]);
    expect(await eventsOf(link.organisation.id)).toHaveLength(1);
  });
});
