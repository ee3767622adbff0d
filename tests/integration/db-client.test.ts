import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { closeDb, createDatabase, getDb } from "@/db/client";
import { findUserByAuthProviderId, upsertUserByAuthProviderId } from "@/db/queries/users";
import { scopedDb } from "@/db/scoped";
import { adapters } from "@/lib/env";

describe("database client", () => {
  it("returns the same process-wide instance on every getDb() call", async () => {
    const [first, second] = await Promise.all([getDb(), getDb()]);
    expect(second).toBe(first);
    expect(await getDb()).toBe(first);
  });

  it("opens a fresh instance after closeDb() and keeps the data written before", async () => {
    const before = await getDb();
    const authProviderId = `user_${randomUUID()}`;
    // The handle opens the process-wide database on each transaction, so it outlives the close below.
    const db = scopedDb(getDb, { role: "app", subject: authProviderId });
    await upsertUserByAuthProviderId(db, { authProviderId, email: "persist@example.test" });

    await closeDb();
    const after = await getDb();

    expect(after).not.toBe(before);
    expect(await findUserByAuthProviderId(db, authProviderId)).toMatchObject({ email: "persist@example.test" });
  });

  it("builds a Neon handle without connecting, with a WebSocket available on any Node version", async () => {
    const { neonConfig } = await import("@neondatabase/serverless");
    const handle = createDatabase({ kind: "neon", url: "postgres://u:p@ep-x.neon.tech/db" });
    expect(handle.kind).toBe("neon");
    expect(neonConfig.webSocketConstructor ?? globalThis.WebSocket).toBeDefined();
    await handle.close();
  });

  it.runIf(adapters.database === "postgres")("survives a pooled connection that the server ends while idle", async () => {
    const { env } = await import("@/lib/env");
    const handle = createDatabase({ kind: "postgres", url: env.DATABASE_URL! });
    const pool = (handle.db as unknown as { $client: import("pg").Pool }).$client;
    const rows = async (query: string) => ((await handle.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
    const [{ pid }] = (await rows("select pg_backend_pid() as pid")) as [{ pid: number }];
    const removed = new Promise((resolve) => pool.once("remove", resolve));

    // Another connection ends the idle one, as a failover or an administrator would.
    const admin = createDatabase({ kind: "postgres", url: env.DATABASE_URL! });
    await admin.db.execute(`select pg_terminate_backend(${Number(pid)})`);
    await removed;

    // Without the pool's error listener the event above is an uncaught exception; with it, the next query reconnects.
    const [{ one }] = (await rows("select 1 as one")) as [{ one: number }];
    expect(one).toBe(1);
    await Promise.all([handle.close(), admin.close()]);
  });

  it("reports which adapter lib/env selected", () => {
    expect(["pglite", "postgres"]).toContain(adapters.database);
  });
});
