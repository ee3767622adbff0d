/**
 * What the answer and start routes refuse before any service runs, through the real proxy: input the schemas reject
 * (422, naming the field, nothing stored) and the hourly answer allowance (429 with Retry-After). The services'
 * own refusals (forged metrics, positions, the time limit) are in practice-answers.test.ts.
 */
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as answerRoute from "@/app/api/practice/sessions/[id]/answers/[position]/route";
import * as sessionsRoute from "@/app/api/practice/sessions/route";
import { getDb } from "@/db/client";
import { practiceAnswers } from "@/db/schema";
import { getSessionDetail } from "@/lib/practice/session";
import { answerBody, samplePresence, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { createMemoryRateLimiter } from "@/lib/ratelimit/memory-limiter";
import { RATE_LIMIT_RULES, type RateLimiter, type RateLimitRule } from "@/lib/ratelimit/rate-limiter";
import { contextFor, signedInTestUser } from "@/tests/helpers/context";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

// The routes take the process-wide limiter (`defaultServices()` calls `getRateLimiter()`); a test may swap in its own.
const limiting = vi.hoisted(() => ({ limiter: null as RateLimiter | null }));
vi.mock("@/lib/ratelimit/rate-limiter", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/ratelimit/rate-limiter")>();
  return { ...actual, getRateLimiter: () => limiting.limiter ?? actual.getRateLimiter() };
});
beforeEach(() => {
  limiting.limiter = null;
});

const base = "http://localhost:3000/api/practice";

/** A fresh user per test (rate-limit counts in a shared Redis outlive each file's database), and their cookie. */
function signIn() {
  return signedInTestUser(`refusals-${randomUUID()}@example.test`);
}

function post(url: string, cookie: string, body: unknown) {
  return new Request(`${base}${url}`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(body) });
}

async function start(cookie: string): Promise<string> {
  const response = await callThroughProxy(sessionsRoute.POST, post("/sessions", cookie, { type: "behavioural", count: 3 }));
  expect(response.status).toBe(201);
  return (await response.json()).session.id;
}

function answer(id: string, position: number, cookie: string, body: unknown) {
  return callThroughProxy(answerRoute.POST, post(`/sessions/${id}/answers/${position}`, cookie, body), { id, position: String(position) });
}

/** Asserts a 422 naming `field`, and returns the error body. */
async function expectRefused(response: Response, field: string) {
  expect(response.status).toBe(422);
  const { error } = await response.json();
  expect(error).toMatchObject({ code: "unprocessable", message: expect.any(String) });
  expect(error.fields).toHaveProperty(field);
  return error;
}

async function answerRows(sessionId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.sessionId, sessionId));
  return Number(row?.n);
}

describe("start route input", () => {
  it("refuses a start request outside 3 to 10 questions", async () => {
    const { cookie } = await signIn();
    for (const requested of [2, 11]) {
      await expectRefused(await callThroughProxy(sessionsRoute.POST, post("/sessions", cookie, { type: "mixed", count: requested })), "count");
    }
  });
});

describe("answer route input", () => {
  it("refuses presence metrics carrying an extra key such as an image", async () => {
    const { cookie } = await signIn();
    const id = await start(cookie);
    const presence = { ...samplePresence(), image: "data:image/png;base64,AAAA" };
    await expectRefused(await answer(id, 1, cookie, { ...answerBody(STRONG_ANSWER), presence }), "presence");
    const nested = samplePresence();
    const withLandmarks = { ...nested, signal: { ...nested.signal, landmarks: [[0.1, 0.2]] } };
    await expectRefused(await answer(id, 1, cookie, { ...answerBody(STRONG_ANSWER), presence: withLandmarks }), "presence");
    expect(await answerRows(id)).toBe(0);
  });

  it("refuses presence numbers out of range", async () => {
    const { cookie } = await signIn();
    const id = await start(cookie);
    const presence = samplePresence();
    const outOfRange = { ...presence, faceInFrameShare: { ...presence.faceInFrameShare, value: 7 } };
    await expectRefused(await answer(id, 1, cookie, { ...answerBody(STRONG_ANSWER), presence: outOfRange }), "presence");
    expect(await answerRows(id)).toBe(0);
  });

  it("refuses an empty answer, a blank one and one over 10,000 characters", async () => {
    const { cookie } = await signIn();
    const id = await start(cookie);
    for (const text of ["", "   \n ", "x".repeat(10_001)]) {
      await expectRefused(await answer(id, 1, cookie, answerBody(text)), "answer");
    }
    expect(await answerRows(id)).toBe(0);
  });
});

describe("answer route allowance", () => {
  it("rate-limits answers per user with Retry-After", async () => {
    const { user, cookie } = await signIn();
    const id = await start(cookie);
    // The real rule with a smaller limit, so the test needs three calls instead of sixty-one.
    const memory = createMemoryRateLimiter();
    const shrink = (rule: RateLimitRule) => (rule.prefix === RATE_LIMIT_RULES.answersPerUser.prefix ? { ...rule, limit: 2 } : rule);
    limiting.limiter = { consume: (key, rule) => memory.consume(key, shrink(rule)), peek: (key, rule) => memory.peek(key, shrink(rule)) };

    expect((await answer(id, 1, cookie, answerBody(STRONG_ANSWER))).status).toBe(200);
    expect((await answer(id, 2, cookie, answerBody(STRONG_ANSWER))).status).toBe(200);
    const refused = await answer(id, 3, cookie, answerBody(STRONG_ANSWER));
    expect(refused.status).toBe(429);
    expect((await refused.json()).error).toMatchObject({ code: "rate_limited", message: expect.any(String) });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const detail = await getSessionDetail(contextFor(user), id);
    expect(detail.items.map((item) => item.answer?.position ?? null)).toEqual([1, 2, null]);
  });
});
