/**
 * One behavioural suite, run against every adapter available here: memory always, and Redis (the real
 * `@upstash/ratelimit` over ioredis) when REDIS_URL is set. Adapters are built directly, so lib/env's choice does not
 * matter. Every test uses a random prefix, and the Redis run deletes its keys afterwards.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryRateLimiter } from "@/lib/ratelimit/memory-limiter";
import { createRedisRateLimiter } from "@/lib/ratelimit/redis-limiter";
import type { RateLimiter, RateLimitRule } from "@/lib/ratelimit/types";

const REDIS_URL = process.env.REDIS_URL?.trim() || undefined;
const HOUR = 60 * 60;
const REDIS_SUITE = REDIS_URL
  ? "redis rate limiter"
  : "redis rate limiter (skipped: REDIS_URL is unset; run with REDIS_URL=redis://127.0.0.1:6379)";

type Harness = { limiter: RateLimiter; cleanup(prefixes: string[]): Promise<void> };

const randomHex = () => randomBytes(8).toString("hex");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Windows are epoch-aligned; waits into the next one if fewer than `marginMs` remain, so no test straddles a reset. */
async function awayFromBoundary(windowSeconds: number, marginMs = 700): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await sleep(left + 20);
}

/** Deletes every key under each prefix (SCAN, not KEYS, so a shared Redis is never blocked). */
async function deleteKeys(redis: Redis, prefixes: string[]): Promise<number> {
  let deleted = 0;
  for (const prefix of prefixes) {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== "0");
  }
  return deleted;
}

function behaviouralSuite(open: () => Promise<Harness>) {
  let harness: Harness;
  const prefixes: string[] = [];
  const newRule = (limit: number, windowSeconds: number): RateLimitRule => {
    const prefix = `test:ratelimit:${randomHex()}`;
    prefixes.push(prefix);
    return { limit, windowSeconds, prefix };
  };
  // Callers hash keys (never a raw IP); a random hex string stands in for such a hash.
  const hashedKey = () => randomHex();

  beforeAll(async () => {
    harness = await open();
  });
  afterAll(async () => {
    await harness?.cleanup(prefixes);
  });

  it("allows exactly the limit, then refuses with remaining 0 and a positive retry-after", async () => {
    const rule = newRule(5, HOUR);
    const key = hashedKey();
    await awayFromBoundary(HOUR);

    const allowed = [];
    for (let i = 0; i < 5; i += 1) allowed.push(await harness.limiter.consume(key, rule));
    expect(allowed.map((r) => r.allowed)).toEqual([true, true, true, true, true]);
    expect(allowed.map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0]);
    expect(allowed.every((r) => r.retryAfterSeconds === 0 && r.limit === 5)).toBe(true);

    const refused = await harness.limiter.consume(key, rule);
    const now = Date.now();
    expect(refused).toMatchObject({ allowed: false, limit: 5, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(HOUR);
    expect(refused.resetAt).toBeGreaterThan(now);
    expect(refused.resetAt % (HOUR * 1000)).toBe(0); // the end of an epoch-aligned hour
    expect(refused.retryAfterSeconds).toBe(Math.ceil((refused.resetAt - now) / 1000));
  });

  it("peeks at the allowance without using any of it", async () => {
    const rule = newRule(5, HOUR);
    const key = hashedKey();
    await awayFromBoundary(HOUR);

    expect(await harness.limiter.peek(key, rule)).toMatchObject({ limit: 5, remaining: 5 });
    await harness.limiter.consume(key, rule);
    await harness.limiter.consume(key, rule);
    const peeked = await harness.limiter.peek(key, rule);
    expect(peeked).toMatchObject({ limit: 5, remaining: 3 });
    expect(peeked.resetAt % (HOUR * 1000)).toBe(0);
    expect(await harness.limiter.peek(key, rule)).toMatchObject({ remaining: 3 });
    expect((await harness.limiter.consume(key, rule)).remaining).toBe(2);
  });

  it("allows exactly five of fifty concurrent requests", async () => {
    const rule = newRule(5, HOUR);
    const key = hashedKey();
    await awayFromBoundary(HOUR);

    const results = await Promise.all(Array.from({ length: 50 }, () => harness.limiter.consume(key, rule)));
    const allowed = results.filter((r) => r.allowed);
    expect(allowed).toHaveLength(5);
    expect(allowed.map((r) => r.remaining).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(results.filter((r) => !r.allowed).every((r) => r.remaining === 0 && r.retryAfterSeconds > 0)).toBe(true);
  });

  it("counts separate keys independently", async () => {
    const rule = newRule(2, HOUR);
    const [first, second] = [hashedKey(), hashedKey()];
    await awayFromBoundary(HOUR);

    for (let i = 0; i < 3; i += 1) await harness.limiter.consume(first, rule);
    expect((await harness.limiter.consume(first, rule)).allowed).toBe(false);
    expect(await harness.limiter.consume(second, rule)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("counts separate prefixes independently for the same key", async () => {
    const [ruleA, ruleB] = [newRule(2, HOUR), newRule(2, HOUR)];
    const key = hashedKey();
    await awayFromBoundary(HOUR);

    for (let i = 0; i < 3; i += 1) await harness.limiter.consume(key, ruleA);
    expect((await harness.limiter.consume(key, ruleA)).allowed).toBe(false);
    expect(await harness.limiter.consume(key, ruleB)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("admits requests again once the window resets", async () => {
    const rule = newRule(2, 1);
    const key = hashedKey();
    await awayFromBoundary(1);

    expect((await harness.limiter.consume(key, rule)).allowed).toBe(true);
    expect((await harness.limiter.consume(key, rule)).allowed).toBe(true);
    const refused = await harness.limiter.consume(key, rule);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    expect(refused.resetAt - Date.now()).toBeLessThanOrEqual(1000);

    // Retry-After is truthful: waiting until resetAt is enough.
    await sleep(refused.resetAt - Date.now() + 20);
    expect(await harness.limiter.consume(key, rule)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("rejects a rule with a zero limit instead of refusing everyone", async () => {
    await expect(harness.limiter.consume(hashedKey(), newRule(0, HOUR))).rejects.toThrow(/positive integer/);
  });
}

describe("memory rate limiter", () => {
  behaviouralSuite(async () => ({ limiter: createMemoryRateLimiter(), cleanup: async () => undefined }));
});

describe.skipIf(!REDIS_URL)(REDIS_SUITE, () => {
  behaviouralSuite(async () => {
    const limiter = createRedisRateLimiter(REDIS_URL!);
    const admin = new Redis(REDIS_URL!);
    return {
      limiter,
      async cleanup(prefixes) {
        expect(await deleteKeys(admin, prefixes)).toBeGreaterThan(0); // proves the keys lived where we think
        expect(await deleteKeys(admin, prefixes)).toBe(0);
        await limiter.close();
        await admin.quit();
      },
    };
  });
});

describe("redis rate limiter without a server", () => {
  it("rejects instead of allowing when Redis is unreachable", async () => {
    // A port that was free a moment ago: nothing listens there.
    const server = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));

    const limiter = createRedisRateLimiter(`redis://127.0.0.1:${port}`);
    try {
      // Not `allowed: true`: @upstash/ratelimit's own timeout would fail open; the adapter turns it off. A hang
      // instead of a refusal would hit the test's own timeout.
      const rule = { limit: 5, windowSeconds: HOUR, prefix: "test:ratelimit:down" };
      await expect(limiter.consume(randomHex(), rule)).rejects.toThrow();
    } finally {
      await limiter.close();
    }
  });
});

describe("getRateLimiter", () => {
  it("returns one cached limiter for the adapter lib/env chose", async () => {
    // Imported here, not at the top: only this test needs lib/env, which reads the environment once on import.
    const { adapters } = await import("@/lib/env");
    const { closeRateLimiter, getRateLimiter } = await import("@/lib/ratelimit/rate-limiter");
    const limiter = getRateLimiter();
    try {
      expect(getRateLimiter()).toBe(limiter);
      if (adapters.rateLimit === "memory") expect(limiter).toHaveProperty("size");
      if (adapters.rateLimit === "redis") expect(limiter).toHaveProperty("close");
    } finally {
      await closeRateLimiter();
    }
    expect(getRateLimiter()).not.toBe(limiter);
    await closeRateLimiter();
  });
});
