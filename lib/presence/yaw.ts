import type { NormalisedPoint } from "./types";

/**
 * Estimated head yaw, in degrees, beyond which the candidate counts as looking away.
 *
 * Why 35°: a laptop camera sits a little off the line to the screen, and people glance at their notes or a second
 * window at 15–25° without losing contact; past ~35° the face is clearly turned away from the interviewer. The
 * estimate below is rough (±10° is typical for a 6-point detector), so the threshold stays well clear of normal
 * screen-reading angles.
 */
export const LOOK_AWAY_YAW_DEG = 35;

// BlazeFace keypoint order: right eye, left eye, nose tip, mouth, right ear tragion, left ear tragion.
const NOSE_TIP = 2;
const RIGHT_EAR = 4;
const LEFT_EAR = 5;

/**
 * Estimates head yaw in degrees (0 = facing the camera, 90 = profile), unsigned, from the nose tip's horizontal
 * position between the two ear tragions. Returns null when the six BlazeFace keypoints are not all there.
 *
 * Model: seen from above, the head is a circle of radius R with the ears at ±90° and the nose tip at the front. Turned
 * by θ, the ears project to ±R·cos θ around the head's centre and the nose tip to R·sin θ, so
 * (nose − ear midpoint) / (half the ear-to-ear distance) = tan θ, and θ = atan of that ratio. The signed form keeps
 * working past 45°, where the nose tip passes the nearer ear. Only x is used, so the frame's aspect ratio does not
 * matter.
 */
export function estimateYawDegrees(keypoints: readonly NormalisedPoint[] | undefined): number | null {
  const nose = keypoints?.[NOSE_TIP];
  const right = keypoints?.[RIGHT_EAR];
  const left = keypoints?.[LEFT_EAR];
  if (!nose || !right || !left) return null;
  if (![nose.x, right.x, left.x].every(Number.isFinite)) return null;
  const mid = (right.x + left.x) / 2;
  const halfWidth = Math.abs(left.x - right.x) / 2;
  const offset = Math.abs(nose.x - mid);
  // Ears on top of each other means a full profile (or a degenerate detection): call it 90° rather than divide by 0.
  if (halfWidth === 0) return offset === 0 ? 0 : 90;
  return (Math.atan(offset / halfWidth) * 180) / Math.PI;
}

/** True when the estimated yaw is beyond `maxYawDeg`; missing keypoints count as "not turned". */
export function isHeadTurned(keypoints: readonly NormalisedPoint[] | undefined, maxYawDeg: number): boolean {
  const yaw = estimateYawDegrees(keypoints);
  return yaw !== null && yaw > maxYawDeg;
}
