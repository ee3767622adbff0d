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

  it("reports which adapter lib/env selected", () => {
    expect(["pglite", "postgres"]).toContain(adapters.database);
  });
});
