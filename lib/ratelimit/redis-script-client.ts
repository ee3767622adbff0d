/**
 * Lets `@upstash/ratelimit` run over a plain Redis through ioredis.
 *
 * The library only needs two methods of an `@upstash/redis` client for what we use (fixed window, no dynamic limits,
 * no deny list, no analytics): `evalsha(sha, keys, args)`, and `eval(script, keys, args)` when `evalsha` fails with
 * NOSCRIPT. This object provides exactly those, on top of one ioredis connection.
 *
 * Why not pass the scripts through untouched: since 2.1 every script starts with `#!lua flags=allow-key-locking`, a
 * flag Redis 7.0 rejects ("Unexpected flag in script shebang"). So the shebang line is stripped before a script is
 * sent, and because the library calls `evalsha` with hashes hard-coded from the ORIGINAL text, each original hash is
 * mapped to the hash of the stripped body that Redis actually caches.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { Redis as IORedis } from "ioredis";

const SHEBANG_LINE = /^#![^\n]*\n/;

/** Removes a leading `#!...` line (Redis function/script flags), leaving the Lua body. */
export function stripShebang(script: string): string {
  return script.replace(SHEBANG_LINE, "");
}

/** Redis names a cached script by the SHA1 hex of its exact text. */
export function scriptSha(script: string): string {
  return createHash("sha1").update(script).digest("hex");
}

/** The slice of the `@upstash/redis` client that `@upstash/ratelimit` calls, with the same signatures. */
export type ScriptRedis = {
  eval<TArgs extends unknown[], TData = unknown>(script: string, keys: string[], args: TArgs): Promise<TData>;
  evalsha<TArgs extends unknown[], TData = unknown>(sha1: string, keys: string[], args: TArgs): Promise<TData>;
};

// @upstash/redis sends arguments as JSON over REST; strings go as they are, numbers and the rest as their JSON text.
const toRedisArgs = (args: unknown[]): string[] => args.map((a) => (typeof a === "string" ? a : JSON.stringify(a)));

/** Wraps an ioredis connection as the `eval`/`evalsha` client `@upstash/ratelimit` expects, shebangs stripped. */
export function createRedisScriptClient(redis: IORedis): ScriptRedis {
  // SHA1(original script, shebang included) → SHA1(stripped body). Filled on `eval`, the only place the library
  // hands over a script's text; a handful of entries per process (one per script the library uses).
  const strippedShaByOriginal = new Map<string, string>();

  return {
    async eval<TArgs extends unknown[], TData = unknown>(script: string, keys: string[], args: TArgs) {
      const body = stripShebang(script);
      if (body !== script) strippedShaByOriginal.set(scriptSha(script), scriptSha(body));
      // EVAL also caches the body under its own SHA1 on the server, so the next mapped `evalsha` finds it.
      return (await redis.eval(body, keys.length, ...keys, ...toRedisArgs(args))) as TData;
    },

    async evalsha<TArgs extends unknown[], TData = unknown>(sha1: string, keys: string[], args: TArgs) {
      // Unknown hash (first call in this process): sent unchanged, Redis answers NOSCRIPT, and the library falls back
      // to `eval` above, which records the mapping. A mapped hash Redis has lost (SCRIPT FLUSH, restart, failover)
      // answers NOSCRIPT too, and the same fallback re-sends the stripped body. The error is left to propagate with
      // Redis's own "NOSCRIPT ..." text because that substring is what the library matches on.
      const target = strippedShaByOriginal.get(sha1) ?? sha1;
      return (await redis.evalsha(target, keys.length, ...keys, ...toRedisArgs(args))) as TData;
    },
  };
}
