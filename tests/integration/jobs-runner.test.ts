/**
 * The job runner: one run of a job at a time (in one process, and across instances through the advisory lock), a
 * job_runs row for every run with the error's class and code only, and the jobs that existed before the runner
 * (abandoned sessions, assessment retention, reminders) driven through it with a controllable clock.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { withJobLock } from "@/db/queries/job-runs";
import { candidateInvites, jobRuns, practiceSessions, proctoringEvents } from "@/db/schema";
import { REMINDER_BEFORE_DEADLINE_MS } from "@/lib/assessments/invites/invite-state";
import { PROCTORING_TIMELINE_DAYS } from "@/lib/assessments/retention/retention-service";
import { adapters } from "@/lib/env";
import type { Job } from "@/lib/jobs/job";
import { runJob } from "@/lib/jobs";
import { DAY_MS } from "@/lib/jobs/retention-rules";
import { createJobRunner } from "@/lib/jobs/runner";
import { startSession } from "@/lib/practice/session";
import { abandonedBefore } from "@/lib/practice/session/limits";
import { seedAttempt } from "@/tests/helpers/assessments";
import { seedCandidateLink } from "@/tests/helpers/candidate-flow";
import { contextFor, createTestUser, systemContextFor } from "@/tests/helpers/context";

const MINUTE_MS = 60_000;

/** A job that runs until the test releases it, and says when it has started. */
function heldJob(name = `held-${randomUUID()}`) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let runs = 0;
  const job: Job = {
    name,
    intervalMs: MINUTE_MS,
    async run() {
      runs += 1;
      await released;
      return { rowsAffected: 7 };
    },
  };
  return { job, release, runs: () => runs };
}

async function runsOf(job: string) {
  return (await getDb()).select().from(jobRuns).where(eq(jobRuns.job, job));
}

describe("runJob", () => {
  it("runs a job once when it is started twice at the same time in one process, and records the other as skipped", async () => {
    const { job, release, runs } = heldJob();
    const runner = createJobRunner([job]);
    const first = runner.runJob(job.name, "cli");
    const second = runner.runJob(job.name, "cli");
    expect(await second).toMatchObject({ outcome: "skipped", rowsAffected: 0 });
    release();
    expect(await first).toMatchObject({ outcome: "succeeded", rowsAffected: 7 });
    expect(runs()).toBe(1);
    expect((await runsOf(job.name)).map((run) => run.outcome).sort()).toEqual(["skipped", "succeeded"]);
  });

  it.skipIf(adapters.database === "pglite")("lets only one of two instances run a job: the other finds the advisory lock taken", async () => {
    const { job, release, runs } = heldJob();
    // Two runners, each with its own in-process guard: two instances of the app sharing one database.
    const [one, two] = [createJobRunner([job], { useAdvisoryLock: true }), createJobRunner([job], { useAdvisoryLock: true })];
    const both = [one.runJob(job.name, "cli"), two.runJob(job.name, "cli")];
    // The held run cannot finish before release(), so the first report to arrive is the loser's.
    const loser = await Promise.race(both);
    expect(loser).toMatchObject({ outcome: "skipped" });
    release();
    expect((await Promise.all(both)).map((report) => report.outcome).sort()).toEqual(["skipped", "succeeded"]);
    expect(runs()).toBe(1);
  });

  it("takes the job's advisory lock on this database, and it is free again once the run is over", async () => {
    const db = systemContextFor("lock-test").db;
    const name = `lock-${randomUUID()}`;
    expect(await withJobLock(db, name, async () => "ran")).toEqual({ locked: true, value: "ran" });
    expect(await withJobLock(db, name, async () => "again")).toEqual({ locked: true, value: "again" });
  });

  it("records a failure with the error's class and code, never its message, and never throws", async () => {
    const name = `failing-${randomUUID()}`;
    const runner = createJobRunner([
      {
        name,
        intervalMs: MINUTE_MS,
        run: async () => {
          throw Object.assign(new Error("candidate casey@example.test broke it"), { code: "E_TEST" });
        },
      },
    ]);
    const report = await runner.runJob(name, "cli");
    expect(report).toMatchObject({ outcome: "failed", error: "Error:E_TEST" });
    const [run] = await runsOf(name);
    expect(run).toMatchObject({ outcome: "failed", error: "Error:E_TEST", trigger: "cli", rowsAffected: 0 });
    expect(JSON.stringify(run)).not.toContain("casey");
  });

  it("records each run with its trigger, rows affected, duration and the clock's start time", async () => {
    const startedAt = new Date("2027-03-01T09:00:00Z");
    const name = `counting-${randomUUID()}`;
    const runner = createJobRunner([{ name, intervalMs: MINUTE_MS, run: async () => ({ rowsAffected: 3 }) }]);
    await runner.runJob(name, "cli", { now: () => startedAt });
    const [run] = await runsOf(name);
    expect(run).toMatchObject({ trigger: "cli", outcome: "succeeded", rowsAffected: 3, error: null, startedAt });
    expect(run!.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe("the jobs that came before the runner", () => {
  it("abandoned-sessions deletes unsaved sessions just past the time limit and grace, and keeps those just inside", async () => {
    const now = new Date("2027-04-01T10:00:00Z");
    const cutoff = abandonedBefore(now).getTime();
    const user = await createTestUser();
    const startAt = (at: number) => startSession(contextFor(user, { now: () => new Date(at) }), { type: "behavioural", count: 3 });
    const gone = await startAt(cutoff - MINUTE_MS);
    const kept = await startAt(cutoff + MINUTE_MS);
    const report = await runJob("abandoned-sessions", "cli", { now: () => now });
    expect(report.detail).toMatchObject({ deleted: expect.any(Number) });
    const left = await (await getDb()).select({ id: practiceSessions.id }).from(practiceSessions).where(eq(practiceSessions.userId, user.id));
    expect(left.map((row) => row.id)).toEqual([kept.id]);
    expect(gone.id).not.toBe(kept.id);
  });

  it("assessment-retention deletes a proctoring timeline just after 30 days from submission, not just before", async () => {
    const link = await seedCandidateLink({ inviteStatus: "submitted" });
    const attempt = await seedAttempt(link.invite, { status: "submitted" });
    const raw = await getDb();
    await raw.insert(proctoringEvents).values({ orgId: link.organisation.id, inviteId: link.invite.id, attemptId: attempt.id, position: 1, kind: "tab_switch", atMs: 1000 });
    const after = (ms: number) => ({ now: () => new Date(attempt.submittedAt!.getTime() + PROCTORING_TIMELINE_DAYS * DAY_MS + ms) });
    const events = () => raw.select().from(proctoringEvents).where(eq(proctoringEvents.attemptId, attempt.id));

    await runJob("assessment-retention", "cli", after(-MINUTE_MS));
    expect(await events()).toHaveLength(1);
    await runJob("assessment-retention", "cli", after(MINUTE_MS));
    expect(await events()).toEqual([]);
  });

  it("assessment-reminders reminds an unopened invite just inside its last 24 hours, not one just before them", async () => {
    const now = new Date(Date.now() + 400 * DAY_MS);
    const due = await seedCandidateLink({ deadlineAt: new Date(now.getTime() + REMINDER_BEFORE_DEADLINE_MS - MINUTE_MS) });
    const early = await seedCandidateLink({ deadlineAt: new Date(now.getTime() + REMINDER_BEFORE_DEADLINE_MS + MINUTE_MS) });
    const report = await runJob("assessment-reminders", "cli", { now: () => now });
    expect(report.detail).toMatchObject({ sent: expect.any(Number), failed: 0 });
    const raw = await getDb();
    const reminded = async (id: string) => (await raw.select().from(candidateInvites).where(eq(candidateInvites.id, id)))[0]!.reminderSentAt;
    expect(await reminded(due.invite.id)).toEqual(now);
    expect(await reminded(early.invite.id)).toBeNull();
  });
});
