/**
 * Looking after candidate invites, called on the services with a controllable clock: revoke, extend (reviving an
 * expired invite), resend (the old link void), reset (the old attempt kept and superseded), a failing sender (the
 * invite kept, `emailSent: false`), and the reminder job (once, only unopened invites in their last 24 hours, a new
 * link, audited as the system, rolled back when the email fails).
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { assessmentAttempts, auditEvents, candidateInvites, emailOutbox } from "@/db/schema";
import { inviteCandidates, listCandidates } from "@/lib/assessments/invites/invite-service";
import { extendCandidateDeadline, resendCandidateInvite, resetCandidateInvite, revokeCandidateInvite } from "@/lib/assessments/invites/manage-service";
import { sendAssessmentReminders } from "@/lib/assessments/invites/reminder-service";
import { EmailSendError } from "@/lib/email/email-sender";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import { hashLinkToken } from "@/lib/security/link-token";
import { seedAssessment, seedAttempt } from "@/tests/helpers/assessments";
import { createTestUser, systemContextFor } from "@/tests/helpers/context";
import { memberContextFor, seedOrganisation } from "@/tests/helpers/organisations";

const HOUR = 60 * 60 * 1000;
const freshEmail = () => `cand-${randomUUID()}@example.test`;
const tokenOf = (link: string) => link.split("/assessment/")[1]!;

/**
 * A clock far in the future at a random hour, so this file's deadlines share no reminder window with any other
 * test's rows in a shared database (the reminder job looks across every organisation).
 */
function clock() {
  let now = new Date(Date.UTC(2300 + Math.floor(Math.random() * 500), 0, 1) + Math.floor(Math.random() * 8000) * HOUR);
  return { now: () => now, set: (at: Date) => void (now = at), advance: (ms: number) => void (now = new Date(now.getTime() + ms)) };
}

async function setting(options: { deadlineDays?: number } = {}) {
  const time = clock();
  const manager = await createTestUser();
  const organisation = await seedOrganisation([{ user: manager, role: "manager" }]);
  const assessment = await seedAssessment(organisation.id, { deadlineDays: options.deadlineDays ?? 3 });
  const ctx = memberContextFor(manager, organisation, "manager", { now: time.now });
  const invite = async (email = freshEmail()) => (await inviteCandidates(ctx, assessment.id, { name: "Ana Lima", email }))[0]!;
  const target = (inviteId: string) => ({ assessmentId: assessment.id, inviteId });
  return { time, organisation, assessment, ctx, invite, target };
}

const stored = async (inviteId: string) => (await (await getDb()).select().from(candidateInvites).where(eq(candidateInvites.id, inviteId)))[0]!;
const auditOf = async (inviteId: string) => (await getDb()).select().from(auditEvents).where(eq(auditEvents.targetId, inviteId));

describe("managing a candidate invite", () => {
  it("sets the deadline from the assessment's days, and shows expired once it passes", async () => {
    const s = await setting({ deadlineDays: 3 });
    const sent = await s.invite();
    expect(new Date(sent.invite.deadlineAt).getTime()).toBe(s.time.now().getTime() + 72 * HOUR);
    s.time.advance(72 * HOUR);
    expect((await listCandidates(s.ctx, s.assessment.id))[0]).toMatchObject({ id: sent.invite.id, state: "expired" });
  });

  it("revokes once (then 410), and refuses revoking a submitted invite", async () => {
    const s = await setting();
    const sent = await s.invite();
    expect(await revokeCandidateInvite(s.ctx, s.target(sent.invite.id))).toMatchObject({ state: "revoked" });
    expect(await stored(sent.invite.id)).toMatchObject({ status: "revoked", revokedAt: s.time.now() });
    await expect(revokeCandidateInvite(s.ctx, s.target(sent.invite.id))).rejects.toMatchObject({ code: "gone" });
    await expect(resendCandidateInvite(s.ctx, s.target(sent.invite.id))).rejects.toMatchObject({ code: "gone" });
    const submitted = await s.invite();
    await (await getDb()).update(candidateInvites).set({ status: "submitted" }).where(eq(candidateInvites.id, submitted.invite.id));
    await expect(revokeCandidateInvite(s.ctx, s.target(submitted.invite.id))).rejects.toMatchObject({ code: "conflict" });
    expect((await auditOf(sent.invite.id)).map((event) => event.action).sort()).toEqual(["assessment.candidate.invite", "assessment.candidate.revoke"]);
  });

  it("extends the deadline (reviving an expired invite) but never earlier, into the past, or past 180 days", async () => {
    const s = await setting({ deadlineDays: 1 });
    const sent = await s.invite();
    s.time.advance(30 * HOUR);
    expect((await listCandidates(s.ctx, s.assessment.id))[0]!.state).toBe("expired");
    const later = new Date(s.time.now().getTime() + 48 * HOUR);
    expect(await extendCandidateDeadline(s.ctx, s.target(sent.invite.id), { deadlineAt: later })).toMatchObject({ state: "invited", deadlineAt: later.toISOString() });
    for (const deadlineAt of [new Date(later.getTime() - HOUR), new Date(s.time.now().getTime() + 181 * 24 * HOUR)]) {
      await expect(extendCandidateDeadline(s.ctx, s.target(sent.invite.id), { deadlineAt })).rejects.toMatchObject({ code: "unprocessable", fields: { deadlineAt: expect.any(Array) } });
    }
    expect((await stored(sent.invite.id)).deadlineAt).toEqual(later);
    const [event] = (await auditOf(sent.invite.id)).filter((row) => row.action === "assessment.candidate.extend");
    expect(event).toMatchObject({ oldValues: { status: "expired" }, newValues: { status: "invited", deadlineAt: later.toISOString() } });
  });

  it("resends with a new token on the same row: the old hash is gone, the status stays", async () => {
    const s = await setting();
    const sent = await s.invite();
    await (await getDb()).update(candidateInvites).set({ status: "opened" }).where(eq(candidateInvites.id, sent.invite.id));
    const resent = await resendCandidateInvite(s.ctx, s.target(sent.invite.id));
    expect(resent).toMatchObject({ invite: { id: sent.invite.id, state: "opened" }, emailSent: true });
    const row = await stored(sent.invite.id);
    expect(row.tokenHash).toBe(hashLinkToken(tokenOf(resent.link)));
    const raw = await getDb();
    expect(await raw.select().from(candidateInvites).where(eq(candidateInvites.tokenHash, hashLinkToken(tokenOf(sent.link))))).toEqual([]);
    s.time.advance(4 * 24 * HOUR);
    await expect(resendCandidateInvite(s.ctx, s.target(sent.invite.id))).rejects.toMatchObject({ code: "conflict" });
  });

  it("resets: the live attempt is superseded and kept, the invite invited again; nothing to reset is a 409", async () => {
    const s = await setting();
    const sent = await s.invite();
    await expect(resetCandidateInvite(s.ctx, s.target(sent.invite.id))).rejects.toMatchObject({ code: "conflict" });
    const row = await stored(sent.invite.id);
    const attempt = await seedAttempt(row, { status: "submitted" });
    await (await getDb()).update(candidateInvites).set({ status: "submitted", openedAt: s.time.now() }).where(eq(candidateInvites.id, row.id));
    expect(await resetCandidateInvite(s.ctx, s.target(row.id))).toMatchObject({ state: "invited", wasReset: true, openedAt: null });
    const attempts = await (await getDb()).select().from(assessmentAttempts).where(eq(assessmentAttempts.inviteId, row.id));
    expect(attempts).toEqual([expect.objectContaining({ id: attempt.id, status: "submitted", supersededAt: s.time.now() })]);
    // The live-attempt index now admits a fresh attempt.
    await seedAttempt(row);
    expect((await listCandidates(s.ctx, s.assessment.id))[0]).toMatchObject({ wasReset: true });
    const [event] = (await auditOf(row.id)).filter((e) => e.action === "assessment.candidate.reset");
    expect(event).toMatchObject({ oldValues: { status: "submitted", attemptId: attempt.id }, newValues: { status: "invited" } });
  });

  it("keeps the invite and answers emailSent false with the link when the sender fails, logging no address", async () => {
    const s = await setting();
    const failing = { kind: "outbox" as const, send: async () => Promise.reject(new EmailSendError("down")) };
    const ctx = memberContextFor(s.ctx.principal.user, s.organisation, "manager", { now: s.time.now, services: { email: failing } });
    const warn = vi.spyOn(log, "warn");
    const email = freshEmail();
    try {
      const [sent] = await inviteCandidates(ctx, s.assessment.id, { csv: `Ana,${email}` });
      expect(sent).toMatchObject({ emailSent: false, invite: { state: "invited" }, link: expect.stringContaining(`${env.APP_URL}/assessment/`) });
      expect((await stored(sent!.invite.id)).tokenHash).toBe(hashLinkToken(tokenOf(sent!.link)));
      expect(warn).toHaveBeenCalledWith("assessment_invite_email_failed", expect.objectContaining({ inviteId: sent!.invite.id }));
      expect(JSON.stringify(warn.mock.calls)).not.toContain(email);
      expect(JSON.stringify(warn.mock.calls)).not.toContain(tokenOf(sent!.link));
    } finally {
      warn.mockRestore();
    }
  });
});

describe("the reminder job", () => {
  it("reminds an unopened invite once in its last 24 hours, with a new link, audited as the system", async () => {
    const s = await setting({ deadlineDays: 3 });
    const [unopened, opened, early] = [await s.invite(), await s.invite(), await s.invite()];
    await (await getDb()).update(candidateInvites).set({ status: "opened" }).where(eq(candidateInvites.id, opened.invite.id));
    await extendCandidateDeadline(s.ctx, s.target(early.invite.id), { deadlineAt: new Date(s.time.now().getTime() + 100 * HOUR) });

    const system = systemContextFor("cron.reminders", { now: s.time.now });
    s.time.advance(47 * HOUR);
    expect((await sendAssessmentReminders(system)).sent).toBe(0);
    s.time.advance(2 * HOUR);
    expect(await sendAssessmentReminders(system)).toEqual({ sent: 1, failed: 0 });
    expect(await sendAssessmentReminders(system)).toEqual({ sent: 0, failed: 0 });

    const row = await stored(unopened.invite.id);
    expect(row.reminderSentAt).toEqual(s.time.now());
    expect((await stored(opened.invite.id)).reminderSentAt).toBeNull();
    expect((await stored(early.invite.id)).reminderSentAt).toBeNull();
    expect(row.tokenHash).not.toBe(hashLinkToken(tokenOf(unopened.link)));
    const raw = await getDb();
    const [reminder] = await raw.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, row.candidateEmail), eq(emailOutbox.kind, "assessment.reminder")));
    expect(reminder!.subject).toMatch(/^Reminder:/);
    const token = reminder!.text.match(/\/assessment\/([\w-]{43})/)?.[1];
    expect(hashLinkToken(token!)).toBe(row.tokenHash);
    const [event] = (await auditOf(row.id)).filter((e) => e.action === "assessment.candidate.remind");
    expect(event).toMatchObject({ actorUserId: null, orgId: s.organisation.id });
  });

  it("rolls the new link back when the reminder email fails, so the first link still works and a later run retries", async () => {
    const s = await setting({ deadlineDays: 1 });
    const sent = await s.invite();
    s.time.advance(HOUR);
    const failing = { kind: "outbox" as const, send: async () => Promise.reject(new EmailSendError("down")) };
    const warn = vi.spyOn(log, "warn");
    try {
      expect(await sendAssessmentReminders(systemContextFor("cron.reminders", { now: s.time.now, services: { email: failing } }))).toEqual({ sent: 0, failed: 1 });
    } finally {
      warn.mockRestore();
    }
    const row = await stored(sent.invite.id);
    expect(row).toMatchObject({ reminderSentAt: null, tokenHash: hashLinkToken(tokenOf(sent.link)) });
    expect((await auditOf(row.id)).map((e) => e.action).sort()).toEqual(["assessment.candidate.invite", "assessment.candidate.remind", "assessment.candidate.remind_failed"]);
    expect(await sendAssessmentReminders(systemContextFor("cron.reminders", { now: s.time.now }))).toEqual({ sent: 1, failed: 0 });
  });
});
