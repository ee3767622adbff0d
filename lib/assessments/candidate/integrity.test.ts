import { describe, expect, it } from "vitest";
import { addCounts, emptyCounts, integrityLog, readTotals } from "./integrity";

describe("integrityLog", () => {
  it("counts each question's signals in time order and totals them, listing questions without any", () => {
    const log = integrityLog(
      [2, 1, 3],
      [
        { position: 1, kind: "tab_switch", atMs: 9_000, durationMs: null },
        { position: 1, kind: "tab_switch", atMs: 1_000, durationMs: 2_000 },
        { position: 3, kind: "face_lost", atMs: 500, durationMs: 1_000 },
      ],
    );
    expect(log.perQuestion.map((q) => q.position)).toEqual([1, 2, 3]);
    expect(log.perQuestion[0]!.events.map((e) => e.atMs)).toEqual([1_000, 9_000]);
    expect(log.perQuestion[0]!.counts.tab_switch).toBe(2);
    expect(log.perQuestion[1]!.events).toEqual([]);
    expect(log.totals).toEqual({ ...emptyCounts(), tab_switch: 2, face_lost: 1 });
  });

  it("reads stored totals leniently and adds to them", () => {
    expect(readTotals(null)).toEqual(emptyCounts());
    expect(readTotals({ totals: { tab_switch: 3, window_blur: -1, look_away: "2" } })).toEqual({ ...emptyCounts(), tab_switch: 3 });
    expect(addCounts(readTotals({ totals: { tab_switch: 3 } }), [{ kind: "tab_switch" }, { kind: "look_away" }])).toMatchObject({ tab_switch: 4, look_away: 1 });
  });
});
