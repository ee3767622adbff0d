import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/app-error";
import { checkTimeLimit, HARD_LIMIT_GRACE_MS } from "./time-limit";

const hard = { timeLimitSeconds: 60, timeLimitMode: "hard" as const };
const soft = { timeLimitSeconds: 60, timeLimitMode: "soft" as const };
const t0 = new Date("2026-01-01T00:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);

function code(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : "not an AppError";
  }
}

describe("checkTimeLimit", () => {
  it("measures a hard limit on the server's times, not the reported duration", () => {
    expect(code(() => checkTimeLimit(hard, { startedAt: t0, arrivedAt: after(60_000 + HARD_LIMIT_GRACE_MS + 1), reportedMs: 1_000 }))).toBe("unprocessable");
    expect(checkTimeLimit(hard, { startedAt: t0, arrivedAt: after(60_000 + HARD_LIMIT_GRACE_MS), reportedMs: 59_000 })).toEqual({ overran: false, elapsedMs: 65_000 });
  });

  it("still refuses a reported duration past the limit", () => {
    expect(code(() => checkTimeLimit(hard, { startedAt: t0, arrivedAt: after(10_000), reportedMs: 70_000 }))).toBe("unprocessable");
  });

  it("refuses a hard-limited answer with no recorded showing, and flags a soft overrun by either clock", () => {
    expect(code(() => checkTimeLimit(hard, { startedAt: null, arrivedAt: t0, reportedMs: 1_000 }))).toBe("conflict");
    expect(checkTimeLimit(soft, { startedAt: t0, arrivedAt: after(200_000), reportedMs: 30_000 }).overran).toBe(true);
    expect(checkTimeLimit(soft, { startedAt: null, arrivedAt: t0, reportedMs: 61_000 }).overran).toBe(true);
    expect(checkTimeLimit(soft, { startedAt: t0, arrivedAt: after(30_000), reportedMs: 30_000 }).overran).toBe(false);
  });
});
