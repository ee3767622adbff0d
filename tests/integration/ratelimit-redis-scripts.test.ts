/**
 * The Redis adapter's script handling, observed on the wire: MONITOR on a second connection records exactly what
 * Redis received, so these tests prove (not assume) that no script with a `#!` shebang is sent, that `evalsha` is
 * called with the stripped script's hash, and that the library's NOSCRIPT fallback recovers after SCRIPT FLUSH.
 *
 * SCRIPT FLUSH empties the script cache for every client of this Redis; other suites simply take the same fallback.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClosableRateLimiter, createRedisRateLimiter } from "@/lib/ratelimit/redis-limiter";
import { createRedisScriptClient, scriptSha } from "@/lib/ratelimit/redis-script-client";

const REDIS_URL = process.env.REDIS_URL?.trim() || undefined;
const SUITE = REDIS_URL
  ? "redis adapter scripts"
  : "redis adapter scripts (skipped: REDIS_URL is unset; run with REDIS_URL=redis://127.0.0.1:6379)";
const HOUR = 60 * 60;
const SHEBANG = "#!lua flags=allow-key-locking\n";

const randomHex = () => randomBytes(8).toString("hex");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", a: "\x07", b: "\b", "\\": "\\", '"': '"' };
/** MONITOR prints arguments escaped (Redis's sdscatrepr) and ioredis passes them on as printed; undo that. */
const unescapeMonitorArg = (arg: string) =>
  arg.replace(/\\(x[0-9a-fA-F]{2}|[nrtab\\"])/g, (_, code: string) =>
    code.length === 3 ? String.fromCharCode(Number.parseInt(code.slice(1), 16)) : ESCAPES[code]!,
  );

describe.skipIf(!REDIS_URL)(SUITE, () => {
  let admin: Redis;
  let monitor: Redis;
  let limiter: ClosableRateLimiter;
  /** Every command Redis received (lower-cased name first), as MONITOR reports it. */
  const seen: string[][] = [];
  const prefixes: string[] = [];

  const newRule = (limit: number) => {
    const prefix = `test:ratelimit:${randomHex()}`;
    prefixes.push(prefix);
    return { limit, windowSeconds: HOUR, prefix };
  };
  /** Script commands whose first key is under `prefix`: args are [name, script|sha, numkeys, key1, ...]. */
  const scriptCommands = (prefix: string) =>
    seen.filter(
      ([name, , , firstKey]) => (name === "eval" || name === "evalsha") && firstKey?.startsWith(`${prefix}:`),
    );
  /**
   * Resolves once MONITOR has reported every command sent before it was called. MONITOR lines arrive asynchronously,
   * but in the order Redis ran the commands: a marker sent after the awaited calls is reported after all of theirs.
   */
  const settle = () =>
    new Promise<void>((resolve, reject) => {
      const marker = `settle:${randomHex()}`;
      const onCommand = (_time: string, args: string[]) => {
        if (String(args[0]).toLowerCase() !== "echo" || args[1] !== marker) return;
        monitor.off("monitor", onCommand);
        resolve();
      };
      monitor.on("monitor", onCommand);
      admin.echo(marker).catch((error: unknown) => {
        monitor.off("monitor", onCommand);
        reject(error);
      });
    });

  beforeAll(async () => {
    admin = new Redis(REDIS_URL!);
    monitor = await admin.monitor(); // a second connection of its own, in monitor mode
    monitor.on("monitor", (_time: string, args: string[]) => {
      seen.push([String(args[0]).toLowerCase(), ...args.slice(1).map((arg) => unescapeMonitorArg(String(arg)))]);
    });
    limiter = createRedisRateLimiter(REDIS_URL!);
    // Windows are epoch-aligned hours; step over a boundary rather than straddle one.
    const left = HOUR * 1000 - (Date.now() % (HOUR * 1000));
    if (left < 5_000) await sleep(left + 20);
  });

  afterAll(async () => {
    for (const prefix of prefixes) {
      const keys = await admin.keys(`${prefix}:*`); // few keys under a random prefix; KEYS is fine in a test
      if (keys.length > 0) await admin.del(...keys);
    }
    await limiter?.close();
    monitor?.disconnect();
    await admin?.quit();
  });

  it("sends scripts without the shebang and calls evalsha with the stripped script's hash", async () => {
    const rule = newRule(5);
    const key = randomHex();
    await limiter.consume(key, rule);
    await limiter.consume(key, rule);
    await settle();

    const commands = scriptCommands(rule.prefix);
    const evals = commands.filter(([name]) => name === "eval");
    expect(evals.length).toBeGreaterThan(0);
    for (const [, script] of evals) expect(script!.startsWith("#!")).toBe(false);

    // First call: the library's hard-coded hash, which is SHA1 of the ORIGINAL text (shebang included); Redis has no
    // such script, so it answers NOSCRIPT and the library sends the body, stripped, via eval.
    const body = evals[0]![1]!;
    const [first, second, third] = commands;
    expect(first?.slice(0, 2)).toEqual(["evalsha", scriptSha(SHEBANG + body)]);
    expect(second?.slice(0, 2)).toEqual(["eval", body]);
    // Second call: the mapped hash of the stripped body, which Redis has cached since the eval.
    expect(third?.slice(0, 2)).toEqual(["evalsha", scriptSha(body)]);
    expect(commands).toHaveLength(3);
    expect(await admin.script("EXISTS", scriptSha(body))).toEqual([1]);
  });

  it("keeps counting exactly when SCRIPT FLUSH runs before every call", async () => {
    const rule = newRule(5);
    const key = randomHex();
    const results = [];
    for (let i = 0; i < 7; i += 1) {
      await admin.script("FLUSH");
      results.push(await limiter.consume(key, rule));
    }
    await settle();

    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(results.map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0, 0, 0]);
    // Each call that reached Redis hit NOSCRIPT and was re-sent in full: the fallback ran, and ran stripped. (The
    // seventh is answered by the library's blocked-key cache without a round trip.)
    const evals = scriptCommands(rule.prefix).filter(([name]) => name === "eval");
    expect(evals).toHaveLength(6);
    for (const [, script] of evals) expect(script!.startsWith("#!")).toBe(false);
  });

  it("allows exactly five of fifty concurrent requests right after SCRIPT FLUSH", async () => {
    const rule = newRule(5);
    const key = randomHex();
    await admin.script("FLUSH");
    const results = await Promise.all(Array.from({ length: 50 }, () => limiter.consume(key, rule)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    // Every call consumed one, refused ones included: the window's counter (key `prefix:key:bucket`) reads 50.
    const bucket = Math.floor(Date.now() / (HOUR * 1000));
    expect(await admin.get(`${rule.prefix}:${key}:${bucket}`)).toBe("50");
  });

  it("runs a script whose shebang Redis rejects, by eval and then by its original hash", async () => {
    const client = createRedisScriptClient(admin);
    const script = `${SHEBANG}return ARGV[1] .. ":" .. KEYS[1]`;
    // The reason the adapter exists: Redis refuses the flag (7.0: "Unexpected flag in script shebang").
    await expect(admin.eval(script, 0)).rejects.toThrow(/shebang|flag/i);
    expect(await client.eval(script, ["k"], ["v"])).toBe("v:k");
    expect(await client.evalsha(scriptSha(script), ["k2"], [42])).toBe("42:k2");
  });
});
