import { describe, expect, it } from "vitest";
import { describeWait, formatDuration, parseRetryAfter, remainingMs, withRetryHint } from "./timer";

describe("formatDuration", () => {
  it("formats minutes and seconds, rounding down", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(7_999)).toBe("0:07");
    expect(formatDuration(754_000)).toBe("12:34");
  });

  it("adds hours past 60 minutes", () => {
    expect(formatDuration(3_600_000)).toBe("1:00:00");
    expect(formatDuration(3_725_000)).toBe("1:02:05");
  });

  it("reads negative and non-finite durations as zero", () => {
    expect(formatDuration(-5_000)).toBe("0:00");
    expect(formatDuration(Number.NaN)).toBe("0:00");
  });
});

describe("remainingMs", () => {
  it("counts down to an ISO instant and stops at zero", () => {
    const end = "2030-01-01T01:00:00.000Z";
    expect(remainingMs(end, Date.parse("2030-01-01T00:59:00.000Z"))).toBe(60_000);
    expect(remainingMs(new Date(end), Date.parse("2030-01-01T02:00:00.000Z"))).toBe(0);
    expect(remainingMs("not a date", 0)).toBe(0);
  });
});

describe("describeWait", () => {
  it("says waits in plain words", () => {
    expect(describeWait(10)).toBe("a few seconds");
    expect(describeWait(60)).toBe("about a minute");
    expect(describeWait(12 * 60)).toBe("12 minutes");
    expect(describeWait(3 * 3600)).toBe("about 3 hours");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("120")).toBe(120);
    expect(parseRetryAfter("Wed, 01 Jan 2030 00:01:00 GMT", Date.parse("2030-01-01T00:00:00Z"))).toBe(60);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
  });
});

describe("withRetryHint", () => {
  it("adds the wait unless it is unknown or already given", () => {
    expect(withRetryHint("Too many recordings.", 12 * 60)).toBe("Too many recordings. Try again in 12 minutes.");
    expect(withRetryHint("Too many recordings.", undefined)).toBe("Too many recordings.");
    expect(withRetryHint("Too many recordings.", null)).toBe("Too many recordings.");
    expect(withRetryHint("Limit reached. Try again in 5 minutes.", 300)).toBe("Limit reached. Try again in 5 minutes.");
  });
});
