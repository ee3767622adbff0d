import type { PresenceThresholds } from "./types";
import { LOOK_AWAY_YAW_DEG } from "./yaw";

/**
 * Default thresholds for presence metrics. The UI shows them (see `describePresenceThresholds`), so each has a
 * plain-words meaning:
 *
 * - `minScore` 0.5: a detection counts as a face when the detector is at least 50% sure (real faces score ~0.99).
 * - `minLookAwayMs` 1000: only looking away for more than one second counts; shorter gaps are detector blinks.
 * - `maxYawDeg` 35: a head turned more than about 35° from the camera counts as looking away.
 * - `maxSampleCreditMs` 500: one frame stands for at most half a second, so a stall is not credited as presence.
 * - `tooCloseAboveArea` 0.45: a face filling more than 45% of the frame is too close.
 * - `tooFarBelowArea` 0.03: a face filling less than 3% of the frame is too far (and harder to detect).
 * - `offCentreAbove` 0.25: a face whose centre is more than a quarter of the frame from the centre is off-centre.
 * - `tooDarkBelow` 60: a frame darker than 60 on a 0–255 scale is too dark.
 * - `noFaceBelowShare` 0.5: with a face in view less than half the time, the advice is to get into the frame.
 * - `minSecondsForShare` 3: the share needs about 3 s of frames before it is fully trusted.
 * - `minSecondsForLookAway` 15: counting look-aways needs about 15 s of frames; a 2 s answer cannot give one.
 * - `minReliableConfidence` 0.6: below 60% confidence the UI says "low confidence" instead of the number.
 */
export const PRESENCE_THRESHOLDS: Readonly<PresenceThresholds> = Object.freeze({
  minScore: 0.5,
  minLookAwayMs: 1000,
  maxYawDeg: LOOK_AWAY_YAW_DEG,
  // 5 frames at 10 fps: absorbs ordinary dropped frames (the detector skipping a beat) without crediting a stall.
  maxSampleCreditMs: 500,
  tooCloseAboveArea: 0.45,
  tooFarBelowArea: 0.03,
  offCentreAbove: 0.25,
  tooDarkBelow: 60,
  noFaceBelowShare: 0.5,
  minSecondsForShare: 3,
  minSecondsForLookAway: 15,
  minReliableConfidence: 0.6,
});

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Plain-words explanations of each threshold, built from the values so the UI text never drifts from the numbers. */
export function describePresenceThresholds(
  t: Readonly<PresenceThresholds> = PRESENCE_THRESHOLDS,
): Record<keyof PresenceThresholds, string> {
  return {
    minScore: `A face counts when the detector is at least ${pct(t.minScore)} sure.`,
    minLookAwayMs: `Looking away counts only when it lasts more than ${t.minLookAwayMs / 1000} s.`,
    maxYawDeg: `Turning your head more than about ${t.maxYawDeg}° from the camera counts as looking away.`,
    maxSampleCreditMs: `One camera frame stands for at most ${t.maxSampleCreditMs / 1000} s; longer stalls are not counted.`,
    tooCloseAboveArea: `Your face filling more than ${pct(t.tooCloseAboveArea)} of the picture is too close.`,
    tooFarBelowArea: `Your face filling less than ${pct(t.tooFarBelowArea)} of the picture is too far.`,
    offCentreAbove: `Your face more than ${pct(t.offCentreAbove)} of the picture away from the centre is off-centre.`,
    tooDarkBelow: `A picture darker than ${t.tooDarkBelow} on a 0–255 scale is too dark.`,
    noFaceBelowShare: `With your face in view less than ${pct(t.noFaceBelowShare)} of the time, we ask you to move into view.`,
    minSecondsForShare: `Time in frame needs about ${t.minSecondsForShare} s of video to be trusted.`,
    minSecondsForLookAway: `Counting look-aways needs about ${t.minSecondsForLookAway} s of video to be trusted.`,
    minReliableConfidence: `Below ${pct(t.minReliableConfidence)} confidence we show "low confidence" instead of a number.`,
  };
}

/** Merges overrides onto the defaults and rejects values that would make the metrics meaningless. */
export function resolvePresenceThresholds(overrides: Partial<PresenceThresholds> = {}): PresenceThresholds {
  const merged: PresenceThresholds = { ...PRESENCE_THRESHOLDS };
  for (const [key, value] of Object.entries(overrides) as [keyof PresenceThresholds, number | undefined][]) {
    // An explicit undefined means "keep the default", matching how optional props are usually passed.
    if (value !== undefined) merged[key] = value;
  }
  for (const [key, value] of Object.entries(merged)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`presence threshold ${key} must be a finite number ≥ 0`);
    }
  }
  return merged;
}
