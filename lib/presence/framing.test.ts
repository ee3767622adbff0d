import { describe, expect, it } from "vitest";
import { aggregatePresence } from "./aggregate";
import { framingHint } from "./framing";
import { frames, type SyntheticFace, syntheticStream } from "./synthetic-stream.fixture";
import { PRESENCE_THRESHOLDS } from "./thresholds";

const FPS = 10;
const run = (face: SyntheticFace, brightness?: number) =>
  aggregatePresence(syntheticStream({ fps: FPS, seconds: 20, pattern: () => frames.face(face, brightness) }), {
    expectedFps: FPS,
  });
const baseline = run({});

describe("framing hint from a stream", () => {
  it("says too_dark for a dark stream and trusts it less", () => {
    const m = run({}, 30);
    expect(m.framingHint.value).toBe("too_dark");
    expect(m.signal.medianBrightness).toBe(30);
    expect(m.faceInFrameShare.confidence).toBeCloseTo(baseline.faceInFrameShare.confidence * 0.5, 10);
  });

  it("says too_close for a box filling most of the frame", () => {
    expect(run({ box: { x: 0.1, y: 0.1, width: 0.8, height: 0.8 } }).framingHint.value).toBe("too_close");
  });

  it("says too_far for a tiny box and trusts it less", () => {
    const m = run({ box: { x: 0.45, y: 0.45, width: 0.1, height: 0.1 } });
    expect(m.framingHint.value).toBe("too_far");
    expect(m.signal.medianFaceArea).toBeCloseTo(0.01, 10);
    expect(m.faceInFrameShare.confidence).toBeLessThan(baseline.faceInFrameShare.confidence);
  });

  it("says off_centre for a box near the edge", () => {
    const m = run({ box: { x: 0, y: 0.3, width: 0.3, height: 0.4 } });
    expect(m.framingHint.value).toBe("off_centre");
    expect(m.signal.medianCentreOffset).toBeCloseTo(0.35, 10);
  });

  it("says no_face when the face is in view less than half the time", () => {
    const pattern = (i: number) => (i % 10 < 4 ? frames.face() : frames.empty());
    const m = aggregatePresence(syntheticStream({ fps: FPS, seconds: 20, pattern }), { expectedFps: FPS });
    expect(m.faceInFrameShare.value).toBeCloseTo(0.4, 10);
    expect(m.framingHint.value).toBe("no_face");
  });

  it("judges a brief bad frame by the median, not the extreme", () => {
    const pattern = (i: number) => frames.face(i < 20 ? { box: { x: 0, y: 0, width: 0.9, height: 0.9 } } : {});
    const m = aggregatePresence(syntheticStream({ fps: FPS, seconds: 20, pattern }), { expectedFps: FPS });
    expect(m.framingHint.value).toBe("ok");
  });
});

describe("framingHint priority", () => {
  const ok = { faceInFrameShare: 1, medianFaceArea: 0.12, medianCentreOffset: 0, medianBrightness: 128 };
  const t = PRESENCE_THRESHOLDS;

  it("puts darkness before a missing face", () => {
    expect(framingHint({ ...ok, faceInFrameShare: 0, medianFaceArea: null, medianBrightness: 20 }, t)).toBe("too_dark");
  });

  it("puts a missing face before size", () => {
    expect(framingHint({ ...ok, faceInFrameShare: 0.2, medianFaceArea: 0.9 }, t)).toBe("no_face");
  });

  it("puts size before centring", () => {
    expect(framingHint({ ...ok, medianFaceArea: 0.9, medianCentreOffset: 0.4 }, t)).toBe("too_close");
    expect(framingHint({ ...ok, medianFaceArea: 0.01, medianCentreOffset: 0.4 }, t)).toBe("too_far");
  });

  it("ignores brightness when it was not measured", () => {
    expect(framingHint({ ...ok, medianBrightness: null }, t)).toBe("ok");
  });
});
