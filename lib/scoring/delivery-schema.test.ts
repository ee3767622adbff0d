import { describe, expect, it } from "vitest";
import { computeDeliveryMetrics, deliveryMetricsMatch } from "./delivery-metrics";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/security/safe-text";
import { deliveryInputSchema, deliveryMetricsSchema } from "./delivery-schema";

const input = {
  transcript: "Um, I led the migration. It was, like, hard, but I decided to split the service and we shipped it.",
  durationMs: 12_000,
  mode: "voice" as const,
  segments: [
    { text: "Um, I led the migration.", startMs: 0, endMs: 3_000 },
    { text: "It was, like, hard, but I decided to split the service and we shipped it.", startMs: 4_200, endMs: 12_000 },
  ],
};

describe("deliveryMetricsSchema", () => {
  it("round-trips computed metrics through JSON unchanged", () => {
    const metrics = computeDeliveryMetrics(input);
    const parsed = deliveryMetricsSchema.parse(JSON.parse(JSON.stringify(metrics)));
    expect(parsed).toEqual(metrics);
    expect(deliveryMetricsMatch(parsed, computeDeliveryMetrics(deliveryInputSchema.parse(input)))).toBe(true);
  });

  it("rejects a negative pace, an unknown filler and an energy score above 100", () => {
    const metrics = computeDeliveryMetrics(input);
    expect(deliveryMetricsSchema.safeParse({ ...metrics, wordsPerMinute: -1 }).success).toBe(false);
    expect(deliveryMetricsSchema.safeParse({ ...metrics, fillers: { ...metrics.fillers, byWord: { yeah: 1 } } }).success).toBe(false);
    expect(deliveryMetricsSchema.safeParse({ ...metrics, energy: { ...metrics.energy, score: 101 } }).success).toBe(false);
  });
});

describe("deliveryInputSchema", () => {
  it("accepts a voice answer with segments and a typed answer without", () => {
    expect(deliveryInputSchema.safeParse(input).success).toBe(true);
    expect(deliveryInputSchema.safeParse({ transcript: "Typed.", durationMs: 90_000, mode: "typed" }).success).toBe(true);
  });

  it("rejects a segment that ends before it starts and an unknown mode", () => {
    const backwards = { ...input, segments: [{ text: "x", startMs: 5_000, endMs: 1_000 }] };
    expect(deliveryInputSchema.safeParse(backwards).success).toBe(false);
    expect(deliveryInputSchema.safeParse({ ...input, mode: "video" }).success).toBe(false);
  });

  it("refuses a transcript or segment with a NUL or a lone surrogate, and accepts an emoji", () => {
    const nul = JSON.parse('"Um\\u0000"');
    const lone = JSON.parse('"Um \\ud800"');
    const messages = (value: unknown) => deliveryInputSchema.safeParse(value).error?.issues.map((issue) => issue.message);
    expect(messages({ ...input, transcript: nul })).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    expect(messages({ ...input, segments: [{ text: lone, startMs: 0, endMs: 1_000 }] })).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    expect(deliveryInputSchema.safeParse({ ...input, transcript: JSON.parse('"Done \\ud83d\\ude80"') }).success).toBe(true);
  });
});
