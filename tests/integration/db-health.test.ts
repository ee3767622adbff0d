import { describe, expect, it } from "vitest";
import { createDatabase, type Database, getDb } from "@/db/client";
import { pingDatabase } from "@/db/queries/health";
import { scopedDb } from "@/db/scoped";

const FRESH_PGLITE_TIMEOUT_MS = 120_000;
// /api/health is public: the ping runs as the anonymous principal, which may read no table but may `select 1`.
const anonymous = (open: () => Promise<Database>) => scopedDb(open, { role: "app" });

describe("pingDatabase", () => {
  it("reports ok with a latency for the configured database", async () => {
    const result = await pingDatabase(anonymous(getDb));
    expect(result.ok).toBe(true);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it(
    "reports not ok instead of throwing when the database is closed",
    async () => {
      const handle = createDatabase({ kind: "pglite" });
      await handle.close();
      expect(await pingDatabase(anonymous(async () => handle.db))).toMatchObject({ ok: false });
    },
    // close() waits for a new PGlite to boot from nothing: 20 s and more on a busy 2-core machine.
    FRESH_PGLITE_TIMEOUT_MS,
  );

  it("reports not ok when the database does not answer in time", async () => {
    // Every scoped query opens a transaction first; this database never starts one.
    const hanging = { transaction: () => new Promise(() => undefined) } as unknown as Database;
    const result = await pingDatabase(anonymous(async () => hanging), { timeoutMs: 50 });
    expect(result.ok).toBe(false);
    expect(result.latencyMs).toBeGreaterThanOrEqual(45);
  });

  it("reports not ok when the server refuses the connection", async () => {
    // Port 1 on loopback: nothing listens, so the connect fails at once.
    const handle = createDatabase({ kind: "postgres", url: "postgres://postgres@127.0.0.1:1/none" });
    try {
      expect(await pingDatabase(anonymous(async () => handle.db))).toMatchObject({ ok: false });
    } finally {
      await handle.close();
    }
  });
});
