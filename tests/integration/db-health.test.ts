import { describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/db/client";
import { pingDatabase } from "@/db/queries/health";

describe("pingDatabase", () => {
  it("reports ok with a latency for the configured database", async () => {
    const result = await pingDatabase();
    expect(result.ok).toBe(true);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports not ok instead of throwing when the database is closed", async () => {
    const handle = createDatabase({ kind: "pglite" });
    await handle.close();
    expect(await pingDatabase({}, handle.db)).toMatchObject({ ok: false });
  });

  it("reports not ok when the database does not answer in time", async () => {
    const hanging = { execute: () => new Promise(() => undefined) } as unknown as Database;
    const result = await pingDatabase({ timeoutMs: 50 }, hanging);
    expect(result.ok).toBe(false);
    expect(result.latencyMs).toBeGreaterThanOrEqual(45);
  });

  it("reports not ok when the server refuses the connection", async () => {
    // Port 1 on loopback: nothing listens, so the connect fails at once.
    const handle = createDatabase({ kind: "postgres", url: "postgres://postgres@127.0.0.1:1/none" });
    try {
      expect(await pingDatabase({}, handle.db)).toMatchObject({ ok: false });
    } finally {
      await handle.close();
    }
  });
});
