import { describe, expect, it } from "vitest";
import { toProgressSeries } from "./progress-series";

const scores = { structure: 50, relevance: 60, specificity: 70, impact: 80 };

describe("toProgressSeries", () => {
  it("is per session when the rows name sessions, counting one session per point", () => {
    const series = toProgressSeries([
      { periodStart: "2026-03-02T09:00:00.000001Z", sessionId: "a", sessions: 1, ...scores },
      { periodStart: "2026-03-03T09:00:00Z", sessionId: "b", sessions: 1, ...scores, impact: 90 },
    ]);
    expect(series.granularity).toBe("session");
    expect(series.sessionCount).toBe(2);
    expect(series.points[0]).toEqual({ date: new Date("2026-03-02T09:00:00.000Z"), sessionId: "a", sessions: 1, ...scores });
    expect(series.points[1]?.impact).toBe(90);
  });

  it("is weekly when the rows are weeks, and counts the sessions behind them", () => {
    const series = toProgressSeries([
      { periodStart: "2026-02-23T00:00:00.000000Z", sessionId: null, sessions: 70, ...scores },
      { periodStart: "2026-03-02T00:00:00.000000Z", sessionId: null, sessions: 45, ...scores },
    ]);
    expect(series).toMatchObject({ granularity: "week", sessionCount: 115 });
    expect(series.points.map((point) => point.date.toISOString())).toEqual(["2026-02-23T00:00:00.000Z", "2026-03-02T00:00:00.000Z"]);
  });

  it("turns numeric text from the driver into numbers", () => {
    const row = { periodStart: "2026-03-02T00:00:00Z", sessionId: null, sessions: "3", structure: "41" } as unknown as Parameters<typeof toProgressSeries>[0][number];
    const [point] = toProgressSeries([{ ...scores, ...row }]).points;
    expect(point).toMatchObject({ sessions: 3, structure: 41 });
  });

  it("is an empty per-session series without rows", () => {
    expect(toProgressSeries([])).toEqual({ granularity: "session", sessionCount: 0, points: [] });
  });
});
