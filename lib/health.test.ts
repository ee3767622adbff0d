import { afterEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { createContext } from "@/lib/context/request-context";
import { HEALTH_CHECK_REUSE_MS, healthReport } from "@/lib/health";

/** A database that counts the `select 1` statements it runs (after each transaction's scope statement) and can fail. */
function countingDatabase() {
  const state = { transactions: 0, down: false };
  const tx = { execute: async () => [] };
  const db = {
    transaction: async (work: (handle: typeof tx) => Promise<unknown>) => {
      state.transactions += 1;
      if (state.down) throw Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" });
      return work(tx);
    },
  } as unknown as Database;
  return { state, open: async () => db };
}

const contextOver = (open: () => Promise<Database>) =>
  createContext({ kind: "anonymous" }, { services: { database: open, ai: null, audio: null } });

afterEach(() => {
  vi.useRealTimers();
});

describe("healthReport", () => {
  it("shares one database check among concurrent and following requests for a second", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { state, open } = countingDatabase();
    const reports = await Promise.all(Array.from({ length: 20 }, () => healthReport(contextOver(open))));
    expect(reports.every((report) => report.status === "ok")).toBe(true);
    expect((await healthReport(contextOver(open))).database.reachable).toBe(true);
    expect(state.transactions).toBe(1);

    vi.advanceTimersByTime(HEALTH_CHECK_REUSE_MS + 1);
    await healthReport(contextOver(open));
    expect(state.transactions).toBe(2);
  });

  it("reports an outage, and the recovery, within a second", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { state, open } = countingDatabase();
    state.down = true;
    expect(await healthReport(contextOver(open))).toMatchObject({ status: "degraded", database: { reachable: false } });
    state.down = false;
    expect((await healthReport(contextOver(open))).status).toBe("degraded");
    vi.advanceTimersByTime(HEALTH_CHECK_REUSE_MS + 1);
    expect(await healthReport(contextOver(open))).toMatchObject({ status: "ok", database: { reachable: true } });
  });

  it("checks each database on its own", async () => {
    const first = countingDatabase();
    const second = countingDatabase();
    second.state.down = true;
    expect((await healthReport(contextOver(first.open))).status).toBe("ok");
    expect((await healthReport(contextOver(second.open))).status).toBe("degraded");
  });
});
