import { describe, expect, it, vi } from "vitest";

// lib/env reads process.env once, when it loads, and the setup file may already have loaded it (to migrate a
// PostgreSQL database). So the secret is written first and the module registry reset, before the imports below run;
// the database handle is cached on globalThis, so the reset does not open a second one.
const SECRET = vi.hoisted(() => {
  const secret = "test-cron-secret-0123456789abcdef";
  process.env.CRON_SECRET = secret;
  vi.resetModules();
  return secret;
});

import { GET as cleanupByGet, POST as cleanupRoute } from "@/app/api/cron/cleanup/route";
import type { User } from "@/db/schema";
import { cronSecret } from "@/lib/env";
import {
  ABANDONED_SESSION_GRACE_MS,
  getSessionDetail,
  SESSION_TIME_LIMIT_MS,
  startSession,
} from "@/lib/practice/session";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

const url = "http://localhost:3000/api/cron/cleanup";

function callCleanup(authorization?: string) {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  return callThroughProxy(cleanupRoute, new Request(url, { method: "POST", headers }));
}

async function exists(user: User, sessionId: string): Promise<boolean> {
  try {
    await getSessionDetail(contextFor(user), sessionId);
    return true;
  } catch (error) {
    // Only "not found" means gone; anything else (say, a database error) must fail the test, not pass it.
    if ((error as { code?: unknown }).code === "not_found") return false;
    throw error;
  }
}

describe("POST /api/cron/cleanup", () => {
  it("loads the secret from the environment", () => {
    expect(cronSecret).toBe(SECRET);
  });

  it("answers 401 JSON without a bearer, with a wrong one, or with the bare secret", async () => {
    for (const authorization of [undefined, "Bearer wrong", `Bearer ${SECRET}x`, SECRET, `Basic ${SECRET}`]) {
      const response = await callCleanup(authorization);
      expect(response.status).toBe(401);
      expect((await response.json()).error).toMatchObject({ code: "unauthorized" });
    }
  });

  it("sweeps abandoned sessions with the right bearer and keeps fresh ones", async () => {
    const user = await createTestUser();
    const longAgo = new Date(Date.now() - SESSION_TIME_LIMIT_MS - ABANDONED_SESSION_GRACE_MS - 60_000);
    const abandoned = await startSession(contextFor(user, { now: () => longAgo }), { type: "behavioural", count: 3 });
    const fresh = await startSession(contextFor(user), { type: "behavioural", count: 3 });

    const response = await callCleanup(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ job: "abandoned-sessions", outcome: "succeeded", rowsAffected: 1, deleted: 1 });
    expect(await exists(user, abandoned.id)).toBe(false);
    expect(await exists(user, fresh.id)).toBe(true);

    const again = await callCleanup(`Bearer ${SECRET}`);
    expect(await again.json()).toMatchObject({ outcome: "succeeded", deleted: 0 });
  });

  it("accepts Vercel Cron's GET with the bearer, and refuses it without", async () => {
    const get = (authorization?: string) =>
      callThroughProxy(cleanupByGet, new Request(url, { headers: authorization ? { authorization } : {} }));
    expect((await get()).status).toBe(401);
    const response = await get(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ deleted: expect.any(Number) });
  });

  // Last: it reloads the modules with the secret unset.
  it("answers 503 JSON when CRON_SECRET is not configured", async () => {
    delete process.env.CRON_SECRET;
    vi.resetModules();
    try {
      const { POST } = await import("@/app/api/cron/cleanup/route");
      const request = new Request(url, { method: "POST", headers: { authorization: `Bearer ${SECRET}` } });
      const response = await POST(request, { params: Promise.resolve({}) });
      expect(response.status).toBe(503);
      expect((await response.json()).error).toMatchObject({ code: "unavailable" });
    } finally {
      process.env.CRON_SECRET = SECRET;
    }
  });
});
