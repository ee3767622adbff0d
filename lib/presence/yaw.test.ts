import { describe, expect, it } from "vitest";
import { keypointsForYaw } from "./synthetic-stream.fixture";
import { estimateYawDegrees, isHeadTurned, LOOK_AWAY_YAW_DEG } from "./yaw";

// Hand-placed keypoints: ears at x = 0.4 and 0.6, so half the ear-to-ear width is 0.1.
const withNoseAt = (x: number) => [
  { x: 0.45, y: 0.4 },
  { x: 0.55, y: 0.4 },
  { x, y: 0.5 },
  { x, y: 0.6 },
  { x: 0.4, y: 0.45 },
  { x: 0.6, y: 0.45 },
];

describe("estimateYawDegrees", () => {
  it("reads a nose midway between the ears as facing the camera", () => {
    expect(estimateYawDegrees(withNoseAt(0.5))).toBeCloseTo(0, 10);
  });

  it("reads atan(offset / half width) either way round", () => {
    expect(estimateYawDegrees(withNoseAt(0.55))).toBeCloseTo(Math.atan(0.5) / (Math.PI / 180), 10);
    expect(estimateYawDegrees(withNoseAt(0.6))).toBeCloseTo(45, 10);
    expect(estimateYawDegrees(withNoseAt(0.4))).toBeCloseTo(45, 10);
  });

  it("keeps growing once the nose passes the nearer ear", () => {
    expect(estimateYawDegrees(withNoseAt(0.7))!).toBeGreaterThan(60);
  });

  it("recovers the angle the fixture placed the keypoints at", () => {
    const box = { x: 0.3, y: 0.2, width: 0.4, height: 0.5 };
    for (const yaw of [0, 20, -30, 50, 70]) {
      expect(estimateYawDegrees(keypointsForYaw(box, yaw))).toBeCloseTo(Math.abs(yaw), 6);
    }
  });

  it("returns null without the six keypoints or with non-finite ones", () => {
    expect(estimateYawDegrees(undefined)).toBeNull();
    expect(estimateYawDegrees(withNoseAt(0.5).slice(0, 4))).toBeNull();
    expect(estimateYawDegrees(withNoseAt(Number.NaN))).toBeNull();
  });

  it("calls ears on top of each other a profile", () => {
    const profile = withNoseAt(0.45).map((p, i) => (i >= 4 ? { ...p, x: 0.5 } : p));
    expect(estimateYawDegrees(profile)).toBe(90);
  });
});

describe("isHeadTurned", () => {
  it("turns only beyond the threshold and treats missing keypoints as not turned", () => {
    expect(LOOK_AWAY_YAW_DEG).toBe(35);
    expect(isHeadTurned(withNoseAt(0.55), LOOK_AWAY_YAW_DEG)).toBe(false); // ~26.6°
    expect(isHeadTurned(withNoseAt(0.6), LOOK_AWAY_YAW_DEG)).toBe(true); // 45°
    expect(isHeadTurned(undefined, LOOK_AWAY_YAW_DEG)).toBe(false);
  });
});
