/**
 * On Vercel the cron routes are the scheduler: they run the registered jobs through the same runner (recorded in
 * job_runs), and /api/health shows each job's last run to a caller holding the cron secret, and to nobody else.
 */
import { describe, expect, it, vi } from "vitest";

// lib/env reads process.env once; the secret is written and the module registry reset before the imports below.
const SECRET = vi.hoisted(() => {
  const secret = "test-cron-secret-jobs-0123456789";
  process.env.CRON_SECRET = secret;
  vi.resetModules();
  return secret;
});

import { POST as remindersRoute } from "@/app/api/cron/reminders/route";
import { POST as retentionRoute } from "@/app/api/cron/retention/route";
import { GET as healthRoute } from "@/app/api/health/route";
import fs from "node:fs";
import { CRON_ROUTE_JOBS, JOBS, RETENTION_JOB_NAMES } from "@/lib/jobs";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

const bearer = { authorization: `Bearer ${SECRET}` };
const cron = (route: typeof retentionRoute, path: string, headers: Record<string, string> = bearer) =>
  callThroughProxy(route, new Request(`http://localhost:3000${path}`, { method: "POST", headers }));
const health = (headers: Record<string, string> = {}) => callThroughProxy(healthRoute, new Request("http://localhost:3000/api/health", { headers }));

describe("cron routes", () => {
  it("run every registered job from exactly one route that vercel.json schedules", () => {
    const routed = Object.values(CRON_ROUTE_JOBS).flat();
    expect([...routed].sort()).toEqual(JOBS.map((job) => job.name).sort());
    const scheduled = (JSON.parse(fs.readFileSync("vercel.json", "utf8")) as { crons: { path: string }[] }).crons.map((cron) => cron.path);
    expect(scheduled.sort()).toEqual(Object.keys(CRON_ROUTE_JOBS).map((route) => `/api/cron/${route}`).sort());
  });

  it("runs every retention job through the runner and answers with each report", async () => {
    const response = await cron(retentionRoute, "/api/cron/retention");
    expect(response.status).toBe(200);
    const { jobs } = await response.json();
    expect(Object.keys(jobs).sort()).toEqual([...RETENTION_JOB_NAMES].sort());
    for (const name of RETENTION_JOB_NAMES) expect(jobs[name]).toMatchObject({ job: name, outcome: "succeeded", rowsAffected: expect.any(Number) });
  });

  it("runs the reminder job and refuses a caller without the secret", async () => {
    expect((await cron(remindersRoute, "/api/cron/reminders", {})).status).toBe(401);
    const response = await cron(remindersRoute, "/api/cron/reminders");
    expect(await response.json()).toMatchObject({ job: "assessment-reminders", outcome: "succeeded", sent: expect.any(Number), failed: expect.any(Number) });
  });
});

describe("GET /api/health", () => {
  it("lists the last run of every job, with its trigger, only for a caller holding the cron secret", async () => {
    await cron(retentionRoute, "/api/cron/retention");
    const response = await health(bearer);
    expect(response.status).toBe(200);
    const { jobs } = await response.json();
    expect(jobs.map((status: { job: string }) => status.job)).toEqual(JOBS.map((job) => job.name));
    const retention = jobs.find((status: { job: string }) => status.job === "practice-retention");
    expect(retention.lastRun).toMatchObject({ trigger: "cron", outcome: "succeeded", rowsAffected: expect.any(Number), error: null });
  });

  it("says nothing about jobs without the secret, or with a wrong one", async () => {
    for (const headers of [{}, { authorization: `Bearer ${SECRET}x` }, { authorization: SECRET }] as Record<string, string>[]) {
      const body = await (await health(headers)).json();
      expect(body).not.toHaveProperty("jobs");
      expect(Object.keys(body).sort()).toEqual(["adapters", "database", "status", "version"]);
    }
  });
});
