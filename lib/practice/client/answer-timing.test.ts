import { describe, expect, it } from "vitest";
import { computeDeliveryMetrics } from "@/lib/scoring/delivery-metrics";
import { answerTiming } from "./answer-timing";

const HOUR = 60 * 60 * 1000;

describe("answerTiming", () => {
  it("gives a typed or pasted answer no duration, so its pace reads as not measured", () => {
    const timing = answerTiming([], HOUR);
    expect(timing).toEqual({ mode: "typed", durationMs: 0 });
    const metrics = computeDeliveryMetrics({ transcript: "word ".repeat(65), ...timing });
    expect(metrics.durationMs).toBe(0);
    expect(metrics.wordsPerMinute).toBeNull();
    expect(metrics.fillers.perMinute).toBeNull();
  });

  it("times a spoken answer from its start to the end of its last segment", () => {
    const segments = [
      { text: "I led the team", startMs: 1_000, endMs: 4_000 },
      { text: "and we shipped", startMs: 6_000, endMs: 9_500 },
    ];
    expect(answerTiming(segments, HOUR)).toEqual({ mode: "voice", durationMs: 9_500, segments });
  });

  it("times a recording that could not be transcribed, so the words typed in afterwards still get a pace", () => {
    const timing = answerTiming([{ text: "", startMs: 0, endMs: 30_000 }], HOUR);
    expect(timing.mode).toBe("voice");
    const metrics = computeDeliveryMetrics({ transcript: "word ".repeat(70), ...timing });
    expect(metrics.wordsPerMinute).toBe(140);
  });

  it("caps the duration at the session's limit and drops segments with impossible times", () => {
    const timing = answerTiming(
      [
        { text: "a", startMs: 0, endMs: 2 * HOUR },
        { text: "b", startMs: 5, endMs: 1 },
        { text: "c", startMs: Number.NaN, endMs: 10 },
      ],
      HOUR,
    );
    expect(timing.durationMs).toBe(HOUR);
    expect(timing.segments).toHaveLength(1);
  });

  it("treats an answer whose only segments are impossible as typed", () => {
    expect(answerTiming([{ text: "b", startMs: 5, endMs: 1 }], HOUR)).toEqual({ mode: "typed", durationMs: 0 });
  });
});
