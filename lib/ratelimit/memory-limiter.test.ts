import { describe, expect, it } from "vitest";
import { createMemoryRateLimiter } from "./memory-limiter";

const rule = { limit: 2, windowSeconds: 60, prefix: "unit" };

describe("createMemoryRateLimiter", () => {
  it("drops expired windows on the next sweep", async () => {
    let now = 1_000_000;
    const limiter = createMemoryRateLimiter({ now: () => now, sweepIntervalMs: 1_000 });
    for (let i = 0; i < 500; i += 1) await limiter.consume(`key-${i}`, rule);
    expect(limiter.size()).toBe(500);

    now += 61_000; // past every window's reset and past the sweep interval
    await limiter.consume("fresh", rule);
    expect(limiter.size()).toBe(1);
  });

  it("never tracks more than maxEntries keys", async () => {
    const limiter = createMemoryRateLimiter({ maxEntries: 100 });
    for (let i = 0; i < 250; i += 1) await limiter.consume(`key-${i}`, rule);
    expect(limiter.size()).toBe(100);
  });

  it("starts a new window at the epoch-aligned boundary", async () => {
    let now = 120_000 - 1; // last millisecond of the window [60 000, 120 000)
    const limiter = createMemoryRateLimiter({ now: () => now });
    await limiter.consume("k", rule);
    await limiter.consume("k", rule);
    const refused = await limiter.consume("k", rule);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, resetAt: 120_000, retryAfterSeconds: 1 });

    now = 120_000;
    expect(await limiter.consume("k", rule)).toMatchObject({ allowed: true, remaining: 1, resetAt: 180_000 });
  });

  it("rejects a rule with a zero limit or a fractional window", async () => {
    const limiter = createMemoryRateLimiter();
    await expect(limiter.consume("k", { ...rule, limit: 0 })).rejects.toThrow(/positive integer/);
    await expect(limiter.consume("k", { ...rule, windowSeconds: 0.5 })).rejects.toThrow(/positive integer/);
    await expect(limiter.consume("", rule)).rejects.toThrow(/non-empty/);
  });
});
