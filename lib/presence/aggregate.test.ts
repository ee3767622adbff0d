import { describe, expect, it } from "vitest";
import { aggregatePresence, createPresenceAggregator } from "./aggregate";
import { CENTRED_BOX, frames, type SyntheticFrame, syntheticStream } from "./synthetic-stream.fixture";
import type { FrameSample } from "./types";

const FPS = 10;
const options = { expectedFps: FPS };
const steady = (seconds: number) => syntheticStream({ fps: FPS, seconds, pattern: () => frames.face() });

describe("aggregatePresence", () => {
  it("reports a steady face as fully present, with no look-aways and high confidence", () => {
    const m = aggregatePresence(steady(20), options);
    expect(m.faceInFrameShare.value).toBe(1);
    expect(m.lookAwayCount.value).toBe(0);
    expect(m.longestLookAwayMs.value).toBe(0);
    expect(m.multipleFacesFrames.value).toBe(0);
    expect(m.framingHint.value).toBe("ok");
    expect(m).toMatchObject({ framesProcessed: 200, framesExpected: 200, durationMs: 20_000 });
    for (const metric of [m.faceInFrameShare, m.lookAwayCount, m.framingHint]) {
      expect(metric.confidence).toBeGreaterThan(0.95);
      expect(metric.reliable).toBe(true);
    }
  });

  it("reports no face as zero share and a no_face hint", () => {
    const m = aggregatePresence(syntheticStream({ fps: FPS, seconds: 20, pattern: () => frames.empty() }), options);
    expect(m.faceInFrameShare.value).toBe(0);
    expect(m.framingHint.value).toBe("no_face");
    // Absent for the whole answer is one long look-away, not zero.
    expect(m.lookAwayCount.value).toBe(1);
    expect(m.longestLookAwayMs.value).toBe(20_000);
    expect(m.signal.meanScore).toBeNull();
  });

  it("counts only absences longer than a second", () => {
    // 6 s cycle: 2 s face, 0.5 s gone, 2 s face, 1.5 s gone; four cycles.
    const pattern = (i: number): SyntheticFrame => {
      const f = i % 60;
      return (f >= 20 && f < 25) || f >= 45 ? frames.empty() : frames.face();
    };
    const m = aggregatePresence(syntheticStream({ fps: FPS, seconds: 24, pattern }), options);
    expect(m.lookAwayCount.value).toBe(4);
    expect(m.longestLookAwayMs.value).toBeCloseTo(1500, 6);
    expect(m.faceInFrameShare.value).toBeCloseTo(40 / 60, 10);
  });

  it("needs strictly more than the minimum: a 1.0 s absence is ignored, a 1.1 s one counts", () => {
    const lookAways = (gapFrames: number) => {
      const pattern = (i: number) => (i >= 50 && i < 50 + gapFrames ? frames.empty() : frames.face());
      return aggregatePresence(syntheticStream({ fps: FPS, seconds: 20, pattern }), options).lookAwayCount.value;
    };
    expect(lookAways(10)).toBe(0);
    expect(lookAways(11)).toBe(1);
  });

  it("applies a lower minLookAwayMs override", () => {
    const pattern = (i: number) => (i % 30 >= 25 ? frames.empty() : frames.face()); // 0.5 s gaps
    const m = aggregatePresence(syntheticStream({ fps: FPS, seconds: 15, pattern }), {
      ...options,
      thresholds: { minLookAwayMs: 400 },
    });
    expect(m.lookAwayCount.value).toBe(5);
    expect(m.thresholds.minLookAwayMs).toBe(400);
  });

  it("counts a head turned past the threshold for 2 s as one look-away while the face stays present", () => {
    const pattern = (i: number) => frames.face({ yawDeg: i >= 50 && i < 70 ? 50 : 5 });
    const m = aggregatePresence(syntheticStream({ fps: FPS, seconds: 20, pattern }), options);
    expect(m.faceInFrameShare.value).toBe(1);
    expect(m.lookAwayCount.value).toBe(1);
    expect(m.longestLookAwayMs.value).toBeCloseTo(2000, 6);
  });

  it("does not count a head turned within the threshold or a face without keypoints", () => {
    const turned = syntheticStream({ fps: FPS, seconds: 20, pattern: () => frames.face({ yawDeg: 25 }) });
    const bare = syntheticStream({ fps: FPS, seconds: 20, pattern: () => frames.face({ yawDeg: null }) });
    expect(aggregatePresence(turned, options).lookAwayCount.value).toBe(0);
    expect(aggregatePresence(bare, options).lookAwayCount.value).toBe(0);
  });

  it("counts frames with more than one confident face", () => {
    const other = { box: { x: 0.75, y: 0.1, width: 0.1, height: 0.12 } };
    const pattern = (i: number): SyntheticFrame => {
      if (i >= 30 && i < 37) return { faces: [{}, other], brightness: 128 };
      if (i >= 80 && i < 90) return { faces: [{}, { ...other, score: 0.3 }], brightness: 128 }; // below minScore
      return frames.face();
    };
    const m = aggregatePresence(syntheticStream({ fps: FPS, seconds: 20, pattern }), options);
    expect(m.multipleFacesFrames.value).toBe(7);
  });

  it("takes the biggest face as the candidate's, whatever the detector's order", () => {
    const other = { box: { x: 0.75, y: 0.1, width: 0.1, height: 0.12 }, yawDeg: 80 };
    const pattern = (): SyntheticFrame => ({ faces: [other, {}], brightness: 128 });
    const m = aggregatePresence(syntheticStream({ fps: FPS, seconds: 20, pattern }), options);
    expect(m.multipleFacesFrames.value).toBe(200);
    expect(m.signal.medianFaceArea).toBeCloseTo(0.12, 10);
    expect(m.framingHint.value).toBe("ok");
    expect(m.lookAwayCount.value).toBe(0); // the bystander's turned head is not the candidate looking away
  });

  it("weights samples by time, not by count", () => {
    // 2 s of face at 10 fps (20 samples), then 2 s without one sampled every 400 ms (5 samples).
    const samples: FrameSample[] = [
      ...steady(2),
      ...Array.from({ length: 5 }, (_, i) => ({ t: 7_000 + i * 400, faces: [], brightness: 128 })),
    ];
    const m = aggregatePresence(samples, options);
    expect(m.faceInFrameShare.value).toBeCloseTo(0.5, 10);
    expect(m.lookAwayCount.value).toBe(1);
    expect(m.longestLookAwayMs.value).toBe(2000);
  });

  it("gives the same share but lower confidence when half the frames are dropped", () => {
    const pattern = (i: number) => (Math.floor(i / 20) % 2 === 0 ? frames.face() : frames.empty()); // 2 s on, 2 s off
    const full = aggregatePresence(syntheticStream({ fps: FPS, seconds: 20, pattern }), options);
    const thinned = aggregatePresence(
      syntheticStream({ fps: FPS, seconds: 20, pattern: (i) => (i % 2 === 1 ? null : pattern(i)) }),
      { ...options, durationMs: 20_000 },
    );
    expect(thinned.framesProcessed).toBe(100);
    expect(thinned.framesExpected).toBe(200);
    expect(thinned.signal.coverage).toBe(0.5);
    expect(thinned.faceInFrameShare.value).toBeCloseTo(full.faceInFrameShare.value, 10);
    expect(thinned.lookAwayCount.value).toBe(full.lookAwayCount.value);
    expect(thinned.faceInFrameShare.confidence).toBeLessThan(full.faceInFrameShare.confidence);
    expect(thinned.lookAwayCount.confidence).toBeLessThan(full.lookAwayCount.confidence);
  });

  it("credits a stalled sample with at most maxSampleCreditMs", () => {
    // 3 s of face, one absent frame, a 10 s stall, 3 s of face.
    const samples: FrameSample[] = [
      ...steady(3),
      { t: 8_000, faces: [], brightness: 128 },
      ...syntheticStream({ fps: FPS, seconds: 3, startMs: 18_000, pattern: () => frames.face() }),
    ];
    const m = aggregatePresence(samples, options);
    expect(m.lookAwayCount.value).toBe(0); // the stall is unobserved, not a 10 s look-away
    expect(m.faceInFrameShare.value).toBeCloseTo(6000 / 6500, 10);
    expect(m.durationMs).toBe(20_900 - 5_000 + 100);
    expect(m.signal.coverage).toBeCloseTo(61 / 160, 10);
  });

  it("gives zeros, a no_face hint and unreliable zero confidence for no samples", () => {
    for (const durationMs of [undefined, 30_000]) {
      const m = aggregatePresence([], { ...options, durationMs });
      expect(m).toMatchObject({ framesProcessed: 0, framesExpected: durationMs ? 300 : 0, durationMs: durationMs ?? 0 });
      expect(m.framingHint).toEqual({ value: "no_face", confidence: 0, reliable: false });
      for (const metric of [m.faceInFrameShare, m.lookAwayCount, m.longestLookAwayMs, m.multipleFacesFrames]) {
        expect(metric).toEqual({ value: 0, confidence: 0, reliable: false });
      }
    }
  });

  it("marks the look-away count of a 2 s answer unreliable", () => {
    const m = aggregatePresence(steady(2), options);
    expect(m.lookAwayCount.reliable).toBe(false);
    expect(m.lookAwayCount.confidence).toBeLessThan(m.faceInFrameShare.confidence);
  });

  it("rejects a non-positive frame rate and negative thresholds", () => {
    expect(() => aggregatePresence([], { expectedFps: 0 })).toThrow(RangeError);
    expect(() => aggregatePresence([], { expectedFps: 10, durationMs: -1 })).toThrow(RangeError);
    expect(() => aggregatePresence([], { expectedFps: 10, thresholds: { minScore: -0.1 } })).toThrow(RangeError);
  });
});

// Deterministic PRNG (mulberry32) so the mixed stream is the same on every run.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function mixedStream(seed: number): FrameSample[] {
  const rnd = random(seed);
  return syntheticStream({
    fps: FPS,
    seconds: 40,
    pattern: (i) => {
      const r = rnd();
      if (r < 0.1) return null;
      if (Math.floor(i / 23) % 3 === 2) return frames.empty(40 + rnd() * 150);
      const box = { ...CENTRED_BOX, x: rnd() * 0.6 };
      const faces = [{ score: 0.4 + rnd() * 0.6, yawDeg: rnd() < 0.3 ? 60 : 10, box }];
      if (r > 0.93) faces.unshift({ score: 0.9, yawDeg: 0, box: { x: 0.7, y: 0.1, width: 0.1, height: 0.1 } });
      return { faces, brightness: 40 + rnd() * 150 };
    },
  });
}

describe("createPresenceAggregator", () => {
  it("matches the batch result after every push, on mixed streams", () => {
    for (const seed of [1, 2, 3]) {
      const samples = mixedStream(seed);
      const live = createPresenceAggregator(options);
      samples.forEach((sample, i) => {
        live.push(sample);
        expect(live.result()).toEqual(aggregatePresence(samples.slice(0, i + 1), options));
      });
      expect(live.result().lookAwayCount.value).toBeGreaterThan(0);
    }
  });

  it("matches the batch result with an explicit duration and threshold overrides", () => {
    const opts = { expectedFps: FPS, durationMs: 45_000, thresholds: { minScore: 0.7, maxYawDeg: 45 } };
    const samples = mixedStream(7);
    const live = createPresenceAggregator(opts);
    for (const sample of samples) live.push(sample);
    expect(live.result()).toEqual(aggregatePresence(samples, opts));
  });

  it("leaves the state unchanged when result is read", () => {
    const live = createPresenceAggregator(options);
    const samples = mixedStream(4);
    for (const sample of samples) live.push(sample);
    expect(live.result()).toEqual(live.result());
  });
});
