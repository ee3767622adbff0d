import { describe, expect, it } from "vitest";
import { COMFORTABLE_WPM, computeDeliveryMetrics, deliveryMetricsMatch, paceBand, segmentTiming } from "./delivery-metrics";
import { countWords } from "./text-stats";

// Exactly ten words, no fillers, so `words(150)` is plainly 150 words.
const TEN_WORDS = "We moved the billing jobs to a queue last spring.";
const words = (n: number): string => Array.from({ length: n / 10 }, () => TEN_WORDS).join(" ");
const voice = (n: number, durationMs: number) => computeDeliveryMetrics({ transcript: words(n), durationMs, mode: "voice" });

describe("computeDeliveryMetrics: pace", () => {
  it("reads 150 words over 60 seconds as 150 wpm, comfortable", () => {
    expect(voice(150, 60_000)).toMatchObject({ wordCount: 150, durationMs: 60_000, wordsPerMinute: 150, paceBand: "comfortable" });
  });

  it("reads 100 words over 60 seconds as slow", () => {
    expect(voice(100, 60_000)).toMatchObject({ wordsPerMinute: 100, paceBand: "slow" });
  });

  it("reads 200 words over 60 seconds as fast", () => {
    expect(voice(200, 60_000)).toMatchObject({ wordsPerMinute: 200, paceBand: "fast" });
  });

  it("includes both ends of the comfortable band", () => {
    expect(COMFORTABLE_WPM).toEqual({ min: 130, max: 160 });
    expect([129.9, 130, 160, 160.1].map(paceBand)).toEqual(["slow", "comfortable", "comfortable", "fast"]);
  });

  it("gives no pace for a typed answer, because typing speed is not speaking pace", () => {
    const m = computeDeliveryMetrics({ transcript: words(150), durationMs: 60_000, mode: "typed" });
    expect(m).toMatchObject({ wordCount: 150, wordsPerMinute: null, paceBand: null, speakingMs: null, longestPauseMs: null });
  });

  it("gives no pace under five seconds", () => {
    expect(voice(10, 4_999)).toMatchObject({ wordsPerMinute: null, paceBand: null });
    expect(voice(10, 5_000).wordsPerMinute).toBe(120);
  });

  it("counts words the same way as the STAR score", () => {
    const transcript = "- I cut costs by 40% — saving $2.1M in 2023, e.g. on the U.S. team’s cloud bill!";
    expect(computeDeliveryMetrics({ transcript, durationMs: 0, mode: "typed" }).wordCount).toBe(countWords(transcript));
  });

  it("reads an empty, undated answer without failing", () => {
    const m = computeDeliveryMetrics({ transcript: "  ", durationMs: Number.NaN, mode: "voice" });
    expect(m).toMatchObject({ wordCount: 0, durationMs: 0, wordsPerMinute: null, fillers: { total: 0, byWord: {} } });
  });
});

describe("computeDeliveryMetrics: segments", () => {
  const segments = [
    { text: "We moved the billing jobs", startMs: 1_000, endMs: 4_000 },
    { text: "to a queue", startMs: 5_000, endMs: 9_000 }, // 1 s after the first
    { text: "last spring", startMs: 12_500, endMs: 15_000 }, // 3.5 s after the second: the longest pause
  ];

  it("finds the longest pause between segments and the time spent speaking", () => {
    expect(segmentTiming(segments)).toEqual({ longestPauseMs: 3_500, speakingMs: 3_000 + 4_000 + 2_500 });
  });

  it("reports pace over wall time and, separately, over speaking time", () => {
    const m = computeDeliveryMetrics({ transcript: words(20), durationMs: 15_000, mode: "voice", segments });
    expect(m).toMatchObject({ wordsPerMinute: 80, speakingMs: 9_500, speakingWordsPerMinute: 126.3, longestPauseMs: 3_500 });
  });

  it("does not count overlapping or out-of-order segments twice", () => {
    const messy = [
      { text: "b", startMs: 6_000, endMs: 8_000 },
      { text: "a", startMs: 0, endMs: 5_000 },
      { text: "a again", startMs: 2_000, endMs: 4_000 },
      { text: "bad", startMs: 9_000, endMs: 1_000 },
    ];
    expect(segmentTiming(messy)).toEqual({ longestPauseMs: 1_000, speakingMs: 7_000 });
  });

  it("has no segment timings without segments", () => {
    expect(segmentTiming([])).toBeNull();
    expect(voice(150, 60_000)).toMatchObject({ speakingMs: null, speakingWordsPerMinute: null, longestPauseMs: null });
  });
});

describe("deliveryMetricsMatch", () => {
  const input = { transcript: `Um, ${words(140)} It was, like, fine, you know.`, durationMs: 60_000, mode: "voice" as const };
  const server = computeDeliveryMetrics(input);

  it("accepts the metrics the client computed from the same input", () => {
    const client = JSON.parse(JSON.stringify(computeDeliveryMetrics(input)));
    expect(deliveryMetricsMatch(client, server)).toBe(true);
  });

  it("tolerates a difference within the tolerance", () => {
    const client = { ...server, wordsPerMinute: (server.wordsPerMinute ?? 0) + 0.001 };
    expect(deliveryMetricsMatch(client, server)).toBe(true);
  });

  it("rejects a forged pace", () => {
    expect(deliveryMetricsMatch({ ...server, wordsPerMinute: 150, paceBand: "comfortable" }, server)).toBe(false);
    expect(deliveryMetricsMatch({ ...server, wordsPerMinute: null }, server)).toBe(false);
  });

  it("rejects a forged filler count", () => {
    expect(server.fillers.byWord).toEqual({ um: 1, like: 1, "you know": 1 });
    const fewer = { ...server, fillers: { ...server.fillers, total: 2, byWord: { um: 1, like: 1 } } };
    expect(deliveryMetricsMatch(fewer, server)).toBe(false);
    const hidden = { ...server, fillers: { ...server.fillers, byWord: { um: 2, like: 1 } } };
    expect(deliveryMetricsMatch(hidden, server)).toBe(false);
  });

  it("rejects a forged energy score and metrics from another version", () => {
    expect(deliveryMetricsMatch({ ...server, energy: { ...server.energy, score: 95 } }, server)).toBe(false);
    expect(deliveryMetricsMatch({ ...server, version: "delivery-0.9" }, server)).toBe(false);
  });
});

describe("computeDeliveryMetrics: long answers", () => {
  // How long this takes is measured by bench/delivery-metrics.ts, not asserted here.
  it("counts every word and filler of a 2,000-word answer", () => {
    const sentence = "Um, so I led the rewrite and, like, I think it was kind of hard, you know, but we shipped. ";
    const transcript = Array.from({ length: 100 }, () => sentence).join("");
    const metrics = computeDeliveryMetrics({ transcript, durationMs: 800_000, mode: "voice" });
    expect(metrics.wordCount).toBe(2_000);
    expect(metrics.wordsPerMinute).toBe(150);
    expect(metrics.fillers.byWord).toMatchObject({ um: 100, like: 100, "you know": 100 });
  });
});
