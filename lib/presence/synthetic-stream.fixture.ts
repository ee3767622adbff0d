/**
 * Synthetic detector output for the presence tests: frame streams built from a per-frame pattern, so each test states
 * the behaviour it needs (a face, no face, a turned head, a dropped frame) instead of replaying video.
 */
import type { FaceDetection, FrameSample, NormalisedBox } from "./types";

/** A centred, comfortably sized face box: 12% of the frame, centre exactly at (0.5, 0.5). */
export const CENTRED_BOX: NormalisedBox = { x: 0.35, y: 0.3, width: 0.3, height: 0.4 };

/** The detector's typical score on a real face in this environment (see shared/mediapipe/README.md). */
export const REAL_FACE_SCORE = 0.99;

/** Mid-grey brightness, well above "too dark". */
export const NORMAL_BRIGHTNESS = 128;

export type SyntheticFace = {
  score?: number;
  box?: NormalisedBox;
  /** Head yaw in degrees used to place the keypoints; null leaves the keypoints out. Default 0 (facing the camera). */
  yawDeg?: number | null;
};

/** A frame's content, or null for a frame the detector never processed (dropped). */
export type SyntheticFrame = { faces: SyntheticFace[]; brightness?: number } | null;

const DEG = Math.PI / 180;

/**
 * Places BlazeFace's six keypoints on a head seen from above as a circle whose radius is half the box width,
 * turned by `yawDeg`: a point at angle φ from the nose lands at centre + r·sin(yaw + φ). This is the same model
 * `estimateYawDegrees` inverts, which is the point: the tests pin the aggregation, `yaw.test.ts` pins the maths.
 */
export function keypointsForYaw(box: NormalisedBox, yawDeg: number): { x: number; y: number }[] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = box.width / 2;
  const at = (angleDeg: number, dy: number) => ({
    x: cx + r * Math.sin((yawDeg + angleDeg) * DEG),
    y: cy + dy * box.height,
  });
  // Right eye, left eye, nose tip, mouth, right ear tragion, left ear tragion.
  return [at(-35, -0.15), at(35, -0.15), at(0, 0), at(0, 0.2), at(-90, -0.05), at(90, -0.05)];
}

/** One detection, defaulting to a real-looking centred face facing the camera. */
export function syntheticFace(face: SyntheticFace = {}): FaceDetection {
  const { score = REAL_FACE_SCORE, box = CENTRED_BOX, yawDeg = 0 } = face;
  return yawDeg === null ? { score, box } : { score, box, keypoints: keypointsForYaw(box, yawDeg) };
}

/**
 * Builds `fps × seconds` frames at exact intervals starting at `startMs` (not 0, as `performance.now()` never is),
 * asking `pattern` for each frame's content by index and by ms since the start.
 */
export function syntheticStream(options: {
  fps: number;
  seconds: number;
  startMs?: number;
  pattern: (index: number, tMs: number) => SyntheticFrame;
}): FrameSample[] {
  const { fps, seconds, startMs = 5_000, pattern } = options;
  const samples: FrameSample[] = [];
  const frames = Math.round(fps * seconds);
  for (let i = 0; i < frames; i++) {
    const tMs = (i * 1000) / fps;
    const frame = pattern(i, tMs);
    if (!frame) continue;
    const sample: FrameSample = { t: startMs + tMs, faces: frame.faces.map(syntheticFace) };
    if (frame.brightness !== undefined) sample.brightness = frame.brightness;
    samples.push(sample);
  }
  return samples;
}

/** Pattern helpers for the common cases. */
export const frames = {
  face: (face: SyntheticFace = {}, brightness = NORMAL_BRIGHTNESS): SyntheticFrame => ({ faces: [face], brightness }),
  empty: (brightness = NORMAL_BRIGHTNESS): SyntheticFrame => ({ faces: [], brightness }),
};
