/**
 * The production build behind server.mjs answers on every address it may be bound to. Bound to 127.0.0.1 it used to
 * answer every request with a 500 (server.mjs explains why, at nextHostnameFor).
 *   node --test scripts/server-tests/*.test.mjs      (after `next build`; scripts/e2e.mjs runs it)
 */
import assert from "node:assert/strict";
import net from "node:net";
import { after, before, describe, it } from "node:test";
import { startInstance } from "./instance.mjs";

/** Each address to bind, and the host a client uses to reach it. */
const BINDS = [
  { hostname: "127.0.0.1", probeHost: "127.0.0.1" },
  { hostname: "0.0.0.0", probeHost: "127.0.0.1" },
  { hostname: "localhost", probeHost: "localhost" },
  { hostname: "::", probeHost: "[::1]" },
];

function ipv6Available() {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(0, "::1", () => probe.close(() => resolve(true)));
  });
}

describe("server.mjs bound to each address", { timeout: 240_000 }, () => {
  const started = new Map();
  let hasIpv6 = true;

  before(async () => {
    hasIpv6 = await ipv6Available();
    const binds = BINDS.filter((bind) => hasIpv6 || bind.hostname !== "::");
    // All at once: each waits for its own readiness, bounded, and a failed start fails only its own test.
    await Promise.all(
      binds.map(async (bind) => {
        const instance = startInstance({ hostname: bind.hostname });
        const entry = { instance, ready: instance.ready({ probeHost: bind.probeHost }) };
        entry.ready.catch(() => undefined);
        started.set(bind.hostname, entry);
        await entry.ready.catch(() => undefined);
      }),
    );
  });

  after(async () => {
    await Promise.all([...started.values()].map(({ instance }) => instance.dispose()));
  });

  for (const bind of BINDS) {
    it(`serves /api/health and / when bound to ${bind.hostname}`, async (t) => {
      if (bind.hostname === "::" && !hasIpv6) return t.skip("this machine has no IPv6 loopback");
      const { instance, ready } = started.get(bind.hostname);
      const { origin } = await ready;

      const health = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(30_000) });
      assert.equal(health.status, 200, instance.log());
      assert.match(health.headers.get("content-type") ?? "", /^application\/json/);
      assert.equal((await health.json()).status, "ok");

      const page = await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) });
      assert.equal(page.status, 200, instance.log());
      assert.match(page.headers.get("content-type") ?? "", /^text\/html/);
      assert.match(await page.text(), /^<!DOCTYPE html><html[\s>]/i);

      assert.doesNotMatch(instance.log(), /Failed to proxy/);
    });
  }
});
