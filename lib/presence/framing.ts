import type { FramingHint, PresenceThresholds } from "./types";

/** The medians the framing advice is based on; null means "not observed". */
export type FramingInputs = {
  faceInFrameShare: number;
  medianFaceArea: number | null;
  medianCentreOffset: number | null;
  medianBrightness: number | null;
};

type FramingThresholds = Pick<
  PresenceThresholds,
  "tooDarkBelow" | "noFaceBelowShare" | "tooCloseAboveArea" | "tooFarBelowArea" | "offCentreAbove"
>;

/**
 * Picks one piece of framing advice, first match wins:
 *
 * 1. "too_dark"   — median brightness below `tooDarkBelow`. First because darkness is usually the cause of the
 *                   rest: the detector misses faces in the dark and the boxes it does find are unstable.
 * 2. "no_face"    — no face, or a face in view less than `noFaceBelowShare` of the time; box medians from a few
 *                   stray frames would be misleading advice.
 * 3. "too_close"  — median box area above `tooCloseAboveArea`.
 * 4. "too_far"    — median box area below `tooFarBelowArea`. Size comes before centring because moving nearer or
 *                   further changes where the face sits, and a too-close face always looks off-centre.
 * 5. "off_centre" — median per-axis offset of the box centre from the frame centre above `offCentreAbove`.
 * 6. "ok".
 */
export function framingHint(input: FramingInputs, t: FramingThresholds): FramingHint {
  if (input.medianBrightness !== null && input.medianBrightness < t.tooDarkBelow) return "too_dark";
  if (input.medianFaceArea === null || input.faceInFrameShare < t.noFaceBelowShare) return "no_face";
  if (input.medianFaceArea > t.tooCloseAboveArea) return "too_close";
  if (input.medianFaceArea < t.tooFarBelowArea) return "too_far";
  if (input.medianCentreOffset !== null && input.medianCentreOffset > t.offCentreAbove) return "off_centre";
  return "ok";
}
