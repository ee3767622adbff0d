import { describe, expect, it } from "vitest";
import { timeIsShort, timeLimitStatus } from "./time-limit";

describe("timeLimitStatus", () => {
  it("counts down from the question's first showing", () => {
    expect(timeLimitStatus(1_000, 31_000, 60, "soft")).toEqual({ remainingMs: 30_000, overrunMs: 0, phase: "running" });
  });

  it("shows the overrun past a soft limit and keeps the answer open", () => {
    expect(timeLimitStatus(0, 65_000, 60, "soft")).toEqual({ remainingMs: 0, overrunMs: 5_000, phase: "overrun" });
  });

  it("closes the answer at a hard limit", () => {
    expect(timeLimitStatus(0, 60_000, 60, "hard").phase).toBe("closed");
    expect(timeLimitStatus(0, 59_999, 60, "hard").phase).toBe("running");
  });

  it("treats a clock behind the start as no time spent", () => {
    expect(timeLimitStatus(10_000, 5_000, 30, "hard")).toEqual({ remainingMs: 30_000, overrunMs: 0, phase: "running" });
  });
});

describe("timeIsShort", () => {
  it("warns in the last 30 seconds of a long limit and the last fifth of a short one", () => {
    expect(timeIsShort(timeLimitStatus(0, 150_000, 180, "soft"), 180)).toBe(true);
    expect(timeIsShort(timeLimitStatus(0, 149_000, 180, "soft"), 180)).toBe(false);
    expect(timeIsShort(timeLimitStatus(0, 23_000, 30, "soft"), 30)).toBe(false);
    expect(timeIsShort(timeLimitStatus(0, 25_000, 30, "soft"), 30)).toBe(true);
    expect(timeIsShort(timeLimitStatus(0, 200_000, 180, "soft"), 180)).toBe(false);
  });
});
