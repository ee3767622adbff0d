import type { PresenceThresholds } from "./types";

/** The measured signal that confidence is computed from. */
export type SignalInputs = {
  framesProcessed: number;
  framesExpected: number;
  /** Mean score of the main face over frames with a face; null when none had one. */
  meanScore: number | null;
  /** Median main-face box area as a share of the frame; null when no frame had a face. */
  medianFaceArea: number | null;
  /** Median frame brightness 0..255; null when not measured. */
  medianBrightness: number | null;
};

type QualityThresholds = Pick<PresenceThresholds, "minScore" | "tooFarBelowArea" | "tooDarkBelow">;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * Per-frame signal quality, 0..1: how far each processed frame can be trusted.
 *
 *   quality  = coverage × scoreQ × sizeQ × lightQ
 *   coverage = min(1, framesProcessed / framesExpected), 0 when nothing was expected (dropped frames lower it)
 *   scoreQ   = clamp((meanScore − minScore) / (1 − minScore), 0, 1)   — a face the detector barely believes in
 *   sizeQ    = min(1, √(medianFaceArea / tooFarBelowArea))            — proportional to face width below "too far"
 *   lightQ   = min(1, medianBrightness / tooDarkBelow)                 — proportional to light below "too dark"
 *
 * scoreQ and sizeQ are 1 when no frame had a face (there is nothing to doubt about the detections we did not get;
 * coverage and lightQ still apply), and lightQ is 1 when brightness was not measured. Every factor is
 * non-decreasing in its input (coverage non-increasing in framesExpected), so the product is too.
 */
export function signalQuality(input: SignalInputs, t: QualityThresholds): { coverage: number; quality: number } {
  const coverage = input.framesExpected > 0 ? clamp01(input.framesProcessed / input.framesExpected) : 0;
  const scoreQ =
    input.meanScore === null
      ? 1
      : t.minScore >= 1
        ? Number(input.meanScore >= t.minScore)
        : clamp01((input.meanScore - t.minScore) / (1 - t.minScore));
  const sizeQ =
    input.medianFaceArea === null || t.tooFarBelowArea <= 0
      ? 1
      : clamp01(Math.sqrt(Math.max(0, input.medianFaceArea) / t.tooFarBelowArea));
  const lightQ =
    input.medianBrightness === null || t.tooDarkBelow <= 0 ? 1 : clamp01(input.medianBrightness / t.tooDarkBelow);
  return { coverage, quality: coverage * scoreQ * sizeQ * lightQ };
}

/**
 * Confidence of one metric, 0..1: `quality × sampleQ`, where
 *
 *   sampleQ = min(1, framesProcessed / (expectedFps × neededSeconds))
 *
 * and `neededSeconds` is `minSecondsForShare` for the share, multiple-faces and framing metrics and
 * `minSecondsForLookAway` for the look-away metrics (a 2 s answer at 10 fps gives 20 / 150 frames, so a look-away
 * count from it is never reliable). Non-decreasing in quality and in framesProcessed.
 */
export function presenceConfidence(
  quality: number,
  framesProcessed: number,
  expectedFps: number,
  neededSeconds: number,
): number {
  const needed = expectedFps * neededSeconds;
  const sampleQ = needed > 0 ? clamp01(framesProcessed / needed) : Number(framesProcessed > 0);
  return clamp01(quality) * sampleQ;
}
