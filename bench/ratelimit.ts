/**
 * Rate-limiter throughput and latency, for the memory adapter and (when REDIS_URL is set) the Redis adapter, which runs
 * the production library (`@upstash/ratelimit`) over ioredis. Prints figures only; there is no pass/fail.
 *
 *   npx tsx --conditions=react-server bench/ratelimit.ts
 *   REDIS_URL=redis://127.0.0.1:6379 npx tsx --conditions=react-server bench/ratelimit.ts
 * (The condition lets the adapters' `import "server-only"` load outside Next.)
 *
 * Latency is measured one call at a time (a route awaits one consume); throughput with many calls in flight (many
 * requests at once). The limit is set high so every call takes the normal, allowed path through the store.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Redis } from "ioredis";
import { createMemoryRateLimiter } from "@/lib/ratelimit/memory-limiter";
import { createRedisRateLimiter } from "@/lib/ratelimit/redis-limiter";
import type { RateLimiter, RateLimitRule } from "@/lib/ratelimit/types";

const SEQUENTIAL_CALLS = 5_000;
const CONCURRENT_CALLS = 50_000;
const IN_FLIGHT = 64;
const KEY_COUNT = 1_000;

// A bench script, not app code: lib/env would also set up local auth material, which a benchmark has no use for.
const REDIS_URL = process.env.REDIS_URL?.trim() || undefined;

const keys = Array.from({ length: KEY_COUNT }, () => randomBytes(16).toString("hex"));
const pickKey = (i: number) => keys[i % KEY_COUNT]!;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function sequential(limiter: RateLimiter, rule: RateLimitRule) {
  const timings: number[] = [];
  for (let i = 0; i < SEQUENTIAL_CALLS; i += 1) {
    const start = performance.now();
    await limiter.consume(pickKey(i), rule);
    timings.push(performance.now() - start);
  }
  const total = timings.reduce((sum, t) => sum + t, 0);
  timings.sort((a, b) => a - b);
  return { perSecond: SEQUENTIAL_CALLS / (total / 1000), p50: percentile(timings, 50), p99: percentile(timings, 99) };
}

async function concurrent(limiter: RateLimiter, rule: RateLimitRule) {
  const timings: number[] = [];
  let next = 0;
  async function worker() {
    while (next < CONCURRENT_CALLS) {
      const i = next++;
      const start = performance.now();
      await limiter.consume(pickKey(i), rule);
      timings.push(performance.now() - start);
    }
  }
  const start = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const elapsed = performance.now() - start;
  timings.sort((a, b) => a - b);
  return { perSecond: CONCURRENT_CALLS / (elapsed / 1000), p50: percentile(timings, 50), p99: percentile(timings, 99) };
}

function row(adapter: string, mode: string, r: { perSecond: number; p50: number; p99: number }) {
  const cells = [adapter.padEnd(8), mode.padEnd(26), Math.round(r.perSecond).toLocaleString("en").padStart(10)];
  // Microseconds: the memory adapter's calls are well under a millisecond.
  const micros = (ms: number) => (ms * 1000).toFixed(1).padStart(8);
  console.log(`${cells.join(" ")} ${micros(r.p50)} ${micros(r.p99)}`);
}

async function bench(adapter: string, limiter: RateLimiter, rule: RateLimitRule) {
  await sequential(limiter, rule); // warm-up: JIT, connection, script cache
  row(adapter, "sequential (1 at a time)", await sequential(limiter, rule));
  row(adapter, `concurrent (${IN_FLIGHT} in flight)`, await concurrent(limiter, rule));
}

async function main() {
  const prefix = `bench:ratelimit:${randomBytes(6).toString("hex")}`;
  const rule = { limit: 1_000_000_000, windowSeconds: 3600, prefix };
  const calls = `${SEQUENTIAL_CALLS} sequential, ${CONCURRENT_CALLS} concurrent`;
  console.log(`Node ${process.version}; ${KEY_COUNT} keys; ${calls} calls`);
  const header = ["adapter".padEnd(8), "mode".padEnd(26), "consumes/s".padStart(10), "p50 µs".padStart(8)];
  console.log(`${header.join(" ")} ${"p99 µs".padStart(8)}`);

  await bench("memory", createMemoryRateLimiter(), rule);

  if (!REDIS_URL) {
    console.log("redis    (skipped: REDIS_URL is unset)");
    return;
  }
  const limiter = createRedisRateLimiter(REDIS_URL);
  const admin = new Redis(REDIS_URL);
  try {
    const info = await admin.info("server");
    console.log(`redis    server ${/redis_version:(\S+)/.exec(info)?.[1] ?? "?"} at ${new URL(REDIS_URL).host}`);
    await bench("redis", limiter, rule);
  } finally {
    // Leave nothing behind on a shared Redis.
    let cursor = "0";
    do {
      const [nextCursor, found] = await admin.scan(cursor, "MATCH", `${rule.prefix}:*`, "COUNT", 1000);
      cursor = nextCursor;
      if (found.length > 0) await admin.del(...found);
    } while (cursor !== "0");
    await limiter.close();
    await admin.quit();
  }
}

// No top-level await: package.json has no "type": "module", so tsx runs this file as CommonJS.
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
