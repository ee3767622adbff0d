import { describe, expect, it } from "vitest";
import { presenceConfidence, type SignalInputs, signalQuality } from "./confidence";
import { createHistogram } from "./histogram";
import { describePresenceThresholds, PRESENCE_THRESHOLDS, resolvePresenceThresholds } from "./thresholds";

const t = PRESENCE_THRESHOLDS;
const good: SignalInputs = {
  framesProcessed: 200,
  framesExpected: 200,
  meanScore: 0.99,
  medianFaceArea: 0.12,
  medianBrightness: 128,
};
const quality = (over: Partial<SignalInputs>) => signalQuality({ ...good, ...over }, t).quality;

/** Asserts `f` never decreases along `xs` (sorted ascending). */
function expectNonDecreasing(xs: number[], f: (x: number) => number) {
  const ys = xs.map(f);
  for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThanOrEqual(ys[i - 1]!);
}

describe("signalQuality", () => {
  it("multiplies coverage, score, size and light factors", () => {
    expect(quality({})).toBeCloseTo(0.98, 10);
    expect(quality({ framesProcessed: 100 })).toBeCloseTo(0.49, 10);
    expect(quality({ meanScore: 0.75 })).toBeCloseTo(0.5, 10);
    expect(quality({ medianFaceArea: 0.0075, meanScore: 1 })).toBeCloseTo(0.5, 10);
    expect(quality({ medianBrightness: 30, meanScore: 1 })).toBeCloseTo(0.5, 10);
  });

  it("is neutral on score, size and light it could not observe, but not on coverage", () => {
    expect(quality({ meanScore: null, medianFaceArea: null, medianBrightness: null })).toBe(1);
    expect(quality({ framesExpected: 0, framesProcessed: 0 })).toBe(0);
  });

  it("never rises with more dropped frames or falls with better score, size or light", () => {
    const steps = Array.from({ length: 21 }, (_, i) => i / 20);
    expectNonDecreasing(steps.map((s) => s * 250), (p) => quality({ framesProcessed: p }));
    expectNonDecreasing(steps.map((s) => 50 + s * 300), (e) => -quality({ framesExpected: e }));
    expectNonDecreasing(steps, (s) => quality({ meanScore: s }));
    expectNonDecreasing(steps.map((s) => s * 0.6), (a) => quality({ medianFaceArea: a }));
    expectNonDecreasing(steps.map((s) => s * 255), (b) => quality({ medianBrightness: b }));
  });
});

describe("presenceConfidence", () => {
  it("scales by the share of the frames a metric needs", () => {
    expect(presenceConfidence(1, 20, 10, 15)).toBeCloseTo(20 / 150, 10);
    expect(presenceConfidence(0.8, 300, 10, 15)).toBeCloseTo(0.8, 10);
  });

  it("never falls with more frames or better quality", () => {
    const steps = Array.from({ length: 21 }, (_, i) => i / 20);
    expectNonDecreasing(steps.map((s) => s * 300), (n) => presenceConfidence(0.9, n, 10, 15));
    expectNonDecreasing(steps, (q) => presenceConfidence(q, 100, 10, 15));
  });
});

describe("thresholds", () => {
  it("describes every threshold in words that carry its value", () => {
    const words = describePresenceThresholds();
    expect(Object.keys(words).sort()).toEqual(Object.keys(PRESENCE_THRESHOLDS).sort());
    expect(words.maxYawDeg).toContain("35°");
    expect(words.minLookAwayMs).toContain("1 s");
    expect(describePresenceThresholds(resolvePresenceThresholds({ tooDarkBelow: 45 })).tooDarkBelow).toContain("45");
  });

  it("merges overrides and keeps defaults for explicit undefined", () => {
    expect(resolvePresenceThresholds({ minScore: 0.7, maxYawDeg: undefined })).toEqual({ ...t, minScore: 0.7 });
    expect(() => resolvePresenceThresholds({ tooDarkBelow: Number.NaN })).toThrow(RangeError);
  });
});

describe("createHistogram", () => {
  it("returns the lower median on the grid and null when empty", () => {
    const h = createHistogram(0, 1, 1000);
    expect(h.median()).toBeNull();
    for (const v of [0.1, 0.5, 0.30004, 0.9]) h.add(v);
    expect(h.median()).toBeCloseTo(0.3, 10);
    h.add(Number.NaN);
    expect(h.count()).toBe(4);
  });

  it("clamps values outside the range to its ends", () => {
    const h = createHistogram(0, 255, 1);
    h.add(-5);
    expect(h.median()).toBe(0);
    h.add(999);
    h.add(999);
    expect(h.median()).toBe(255);
  });
});
