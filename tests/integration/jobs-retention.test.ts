/**
 * The data-rights retention jobs, run through the job runner with a controllable clock: for each, a row just inside
 * its period stays and a row just outside goes. Every job deletes across the whole database, so each test asserts on
 * its own rows by id, never on totals.
 */
import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { accountSettings, auditEvents, authSessions, candidateInvites, jobRuns, organisationInvites, practiceSessions, signInEvents } from "@/db/schema";
import type { PracticeRetentionChoice } from "@/db/schema/privacy";
import { runJob } from "@/lib/jobs";
import {
  AUDIT_RETENTION_DAYS,
  DAY_MS,
  daysBefore,
  ENDED_SESSION_RETENTION_DAYS,
  EXPIRED_INVITE_RETENTION_DAYS,
  JOB_RUN_RETENTION_DAYS,
  PRACTICE_RETENTION_DAYS,
  SIGN_IN_RETENTION_DAYS,
} from "@/lib/jobs/retention-rules";
import { seedAttempt } from "@/tests/helpers/assessments";
import { seedCandidateLink } from "@/tests/helpers/candidate-flow";
import { createTestUser } from "@/tests/helpers/context";
import { seedOrganisation } from "@/tests/helpers/organisations";

const MINUTE_MS = 60_000;
const NOW = new Date("2027-06-01T12:00:00Z");
/** Just inside a period of `days` (kept) and just outside it (deleted), as seen from NOW. */
const inside = (days: number) => new Date(daysBefore(NOW, days).getTime() + MINUTE_MS);
const outside = (days: number) => new Date(daysBefore(NOW, days).getTime() - MINUTE_MS);
const runAt = (job: string, now = NOW) => runJob(job, "cli", { now: () => now });

async function remainingIds(table: typeof practiceSessions | typeof auditEvents | typeof signInEvents | typeof authSessions | typeof organisationInvites | typeof candidateInvites | typeof jobRuns, ids: string[]) {
  const raw = await getDb();
  const rows = await raw.select({ id: table.id }).from(table as typeof practiceSessions).where(inArray(table.id, ids));
  return rows.map((row) => row.id).sort();
}

async function savedSession(userId: string, startedAt: Date): Promise<string> {
  const raw = await getDb();
  const [row] = await raw.insert(practiceSessions).values({ userId, interviewType: "behavioural", status: "saved", questionCount: 3, startedAt }).returning();
  return row!.id;
}

async function userChoosing(choice: PracticeRetentionChoice | null) {
  const user = await createTestUser();
  if (choice) await (await getDb()).insert(accountSettings).values({ userId: user.id, practiceRetention: choice });
  return user;
}

describe("practice-retention", () => {
  it("deletes saved sessions past the owner's chosen period and keeps those inside it", async () => {
    const ninety = await userChoosing("90d");
    const year = await userChoosing("1y");
    const kept = {
      ninety: await savedSession(ninety.id, inside(PRACTICE_RETENTION_DAYS["90d"])),
      year: await savedSession(year.id, inside(PRACTICE_RETENTION_DAYS["1y"])),
    };
    const gone = {
      ninety: await savedSession(ninety.id, outside(PRACTICE_RETENTION_DAYS["90d"])),
      year: await savedSession(year.id, outside(PRACTICE_RETENTION_DAYS["1y"])),
    };
    const report = await runAt("practice-retention");
    expect(report).toMatchObject({ outcome: "succeeded" });
    expect(report.rowsAffected).toBeGreaterThanOrEqual(2);
    expect(await remainingIds(practiceSessions, [...Object.values(kept), ...Object.values(gone)])).toEqual(Object.values(kept).sort());
  });

  it("keeps every saved session of users who chose keep or never chose", async () => {
    const keeper = await userChoosing("keep");
    const undecided = await userChoosing(null);
    const ids = [await savedSession(keeper.id, outside(5 * 365)), await savedSession(undecided.id, outside(5 * 365))];
    await runAt("practice-retention");
    expect(await remainingIds(practiceSessions, ids)).toEqual([...ids].sort());
  });
});

describe("audit-retention", () => {
  it("deletes audit events and sign-ins older than a year and keeps younger ones", async () => {
    const user = await createTestUser();
    const raw = await getDb();
    const audit = async (createdAt: Date) =>
      (await raw.insert(auditEvents).values({ actorUserId: user.id, action: "profile.update", targetType: "profile", createdAt }).returning())[0]!.id;
    const signIn = async (createdAt: Date) => (await raw.insert(signInEvents).values({ userId: user.id, method: "local", createdAt }).returning())[0]!.id;
    const keptAudit = await audit(inside(AUDIT_RETENTION_DAYS));
    const goneAudit = await audit(outside(AUDIT_RETENTION_DAYS));
    const keptSignIn = await signIn(inside(SIGN_IN_RETENTION_DAYS));
    const goneSignIn = await signIn(outside(SIGN_IN_RETENTION_DAYS));

    const report = await runAt("audit-retention");
    expect(report.detail).toMatchObject({ auditEvents: expect.any(Number), signIns: expect.any(Number) });
    expect(await remainingIds(auditEvents, [keptAudit, goneAudit])).toEqual([keptAudit]);
    expect(await remainingIds(signInEvents, [keptSignIn, goneSignIn])).toEqual([keptSignIn]);
  });
});

describe("expired-invites", () => {
  it("deletes pending member invites 30 days after expiry and keeps answered and younger ones", async () => {
    const owner = await createTestUser();
    const organisation = await seedOrganisation([{ user: owner, role: "owner" }]);
    const raw = await getDb();
    const invite = async (status: "pending" | "accepted", expiresAt: Date) =>
      (
        await raw
          .insert(organisationInvites)
          .values({ orgId: organisation.id, email: `${randomUUID()}@example.test`, role: "reviewer", tokenHash: randomUUID(), status, expiresAt })
          .returning()
      )[0]!.id;
    const kept = [await invite("pending", inside(EXPIRED_INVITE_RETENTION_DAYS)), await invite("accepted", outside(365))];
    const gone = await invite("pending", outside(EXPIRED_INVITE_RETENTION_DAYS));
    await runAt("expired-invites");
    expect(await remainingIds(organisationInvites, [...kept, gone])).toEqual([...kept].sort());
  });

  it("deletes candidate invites that expired unused and keeps any with an attempt for the organisation's retention", async () => {
    const link = async (inviteStatus: "invited" | "opened" | "submitted", deadlineAt: Date) => (await seedCandidateLink({ inviteStatus, deadlineAt })).invite;
    const unusedRecent = await link("invited", inside(EXPIRED_INVITE_RETENTION_DAYS));
    const unusedOld = await link("invited", outside(EXPIRED_INVITE_RETENTION_DAYS));
    const openedOld = await link("opened", outside(EXPIRED_INVITE_RETENTION_DAYS));
    const attempted = await link("opened", outside(EXPIRED_INVITE_RETENTION_DAYS));
    await seedAttempt(attempted);
    const submitted = await link("submitted", outside(EXPIRED_INVITE_RETENTION_DAYS));
    await seedAttempt(submitted, { status: "submitted" });

    const report = await runAt("expired-invites");
    expect(report.detail?.candidateInvites).toBeGreaterThanOrEqual(2);
    const ids = [unusedRecent, unusedOld, openedOld, attempted, submitted].map((invite) => invite.id);
    expect(await remainingIds(candidateInvites, ids)).toEqual([unusedRecent.id, attempted.id, submitted.id].sort());
  });
});

describe("ended-sessions", () => {
  it("deletes local sign-in sessions 30 days after they ended or expired, whichever came first", async () => {
    const user = await createTestUser();
    const raw = await getDb();
    const session = async (expiresAt: Date, endedAt: Date | null) =>
      (await raw.insert(authSessions).values({ id: randomUUID(), userId: user.id, createdAt: new Date(expiresAt.getTime() - 30 * DAY_MS), expiresAt, endedAt }).returning())[0]!.id;
    const future = new Date(NOW.getTime() + DAY_MS);
    const endedRecently = await session(future, inside(ENDED_SESSION_RETENTION_DAYS));
    const endedLongAgo = await session(future, outside(ENDED_SESSION_RETENTION_DAYS));
    const expiredRecently = await session(inside(ENDED_SESSION_RETENTION_DAYS), null);
    const expiredLongAgo = await session(outside(ENDED_SESSION_RETENTION_DAYS), null);
    const open = await session(future, null);

    await runAt("ended-sessions");
    expect(await remainingIds(authSessions, [endedRecently, endedLongAgo, expiredRecently, expiredLongAgo, open])).toEqual(
      [endedRecently, expiredRecently, open].sort(),
    );
  });
});

describe("job-runs-retention", () => {
  it("deletes job runs that started more than 90 days ago and keeps younger ones", async () => {
    const old = await runAt("ended-sessions", outside(JOB_RUN_RETENTION_DAYS));
    const recent = await runAt("ended-sessions", inside(JOB_RUN_RETENTION_DAYS));
    expect([old.outcome, recent.outcome]).toEqual(["succeeded", "succeeded"]);
    const raw = await getDb();
    const runs = await raw.select().from(jobRuns).where(inArray(jobRuns.startedAt, [outside(JOB_RUN_RETENTION_DAYS), inside(JOB_RUN_RETENTION_DAYS)]));
    expect(runs).toHaveLength(2);

    await runAt("job-runs-retention");
    const left = await remainingIds(jobRuns, runs.map((run) => run.id));
    expect(left).toEqual(runs.filter((run) => run.startedAt.getTime() === inside(JOB_RUN_RETENTION_DAYS).getTime()).map((run) => run.id));
  });
});
