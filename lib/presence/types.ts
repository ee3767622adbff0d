/**
 * Types for presence metrics. Everything here describes aggregate numbers computed in the browser; no frame,
 * landmark stream or embedding is ever part of the output.
 */

/** A face box normalised to the frame: 0..1 of its width (x, width) and height (y, height); (x, y) is the top-left. */
export type NormalisedBox = { x: number; y: number; width: number; height: number };

/** A point normalised to the frame, 0..1 of its width (x) and height (y). */
export type NormalisedPoint = { x: number; y: number };

/**
 * One detection from the face detector. `keypoints`, when present, follow BlazeFace's order: right eye, left eye,
 * nose tip, mouth, right ear tragion, left ear tragion.
 */
export type FaceDetection = { score: number; box: NormalisedBox; keypoints?: NormalisedPoint[] };

/** What one processed camera frame contributes. */
export type FrameSample = {
  /** Milliseconds on a monotonic clock (e.g. `performance.now()`); only differences matter. */
  t: number;
  /** Every detection the detector returned for the frame, whatever its score. */
  faces: FaceDetection[];
  /** Mean luma of the frame, 0..255, when the caller measured it. */
  brightness?: number;
};

/** The tunable thresholds; `PRESENCE_THRESHOLDS` holds the defaults and explains each one. */
export type PresenceThresholds = {
  /** Detections scoring below this are ignored. */
  minScore: number;
  /** A look-away counts only when it lasts strictly longer than this, in ms. */
  minLookAwayMs: number;
  /** A head turned further than this many degrees (estimated yaw) counts as looking away. */
  maxYawDeg: number;
  /** The most time, in ms, one sample can stand for; the rest of a longer gap is treated as unobserved. */
  maxSampleCreditMs: number;
  /** Median face box area, as a share of the frame, above which the hint is "too_close". */
  tooCloseAboveArea: number;
  /** Median face box area, as a share of the frame, below which the hint is "too_far". */
  tooFarBelowArea: number;
  /** Median face-centre distance from the frame centre (larger axis, 0..0.5) above which the hint is "off_centre". */
  offCentreAbove: number;
  /** Median frame brightness (0..255) below which the hint is "too_dark". */
  tooDarkBelow: number;
  /** Share of time with a face below which the hint is "no_face". */
  noFaceBelowShare: number;
  /** Seconds of processed frames needed before the share, multiple-faces and framing numbers reach full confidence. */
  minSecondsForShare: number;
  /** Seconds of processed frames needed before the look-away numbers reach full confidence. */
  minSecondsForLookAway: number;
  /** A metric is `reliable` when its confidence is at least this. */
  minReliableConfidence: number;
};

/** Options for `aggregatePresence` and `createPresenceAggregator`. */
export type PresenceOptions = {
  /** The frame rate the caller means to process at; drives the expected frame count. Must be > 0. */
  expectedFps: number;
  /** The answer's length in ms; defaults to the span of the samples plus one frame interval. */
  durationMs?: number;
  /** Overrides for individual thresholds; the rest keep their defaults. */
  thresholds?: Partial<PresenceThresholds>;
};

/** What the framing advice is; see `framingHint` for the priority order. */
export type FramingHint = "ok" | "too_close" | "too_far" | "off_centre" | "too_dark" | "no_face";

/** A number (or hint) with how far to trust it, so the UI can say "low confidence" instead of claiming a value. */
export type PresenceMetric<T> = {
  value: T;
  /** 0..1; see `presenceConfidence` for the formula. */
  confidence: number;
  /** `confidence >= minReliableConfidence`. */
  reliable: boolean;
};

/** The signal-quality inputs behind the confidences, exposed so the UI can explain a low one. */
export type PresenceSignal = {
  /** Processed frames over expected frames, capped at 1; 0 when nothing was expected. */
  coverage: number;
  /** Mean score of the main face over frames with a face; null when no frame had one. */
  meanScore: number | null;
  /** Median area of the main face box as a share of the frame (to 0.001); null when no frame had a face. */
  medianFaceArea: number | null;
  /** Median per-axis distance of the main face centre from the frame centre, 0..0.5 (to 0.001); null without faces. */
  medianCentreOffset: number | null;
  /** Median frame brightness, 0..255 (to 1); null when no sample carried a brightness. */
  medianBrightness: number | null;
  /** Product of the per-frame quality factors, 0..1, before the sample-count factor. */
  quality: number;
};

/** The aggregate presence numbers for one answer. */
export type PresenceMetrics = {
  /** Share of observed time (0..1) with at least one face scoring `minScore` or more. */
  faceInFrameShare: PresenceMetric<number>;
  /** Episodes of no face or a turned head lasting longer than `minLookAwayMs`. */
  lookAwayCount: PresenceMetric<number>;
  /** The longest counted look-away in ms; 0 when none counted. */
  longestLookAwayMs: PresenceMetric<number>;
  /** Frames with more than one face scoring `minScore` or more. */
  multipleFacesFrames: PresenceMetric<number>;
  framingHint: PresenceMetric<FramingHint>;
  framesProcessed: number;
  framesExpected: number;
  durationMs: number;
  signal: PresenceSignal;
  /** The thresholds actually applied (defaults merged with overrides), for the UI to show. */
  thresholds: PresenceThresholds;
};

/** Live aggregation: `push` costs O(1) per frame; `result` does not change the state and can be called at any time. */
export type PresenceAggregator = {
  push(sample: FrameSample): void;
  result(): PresenceMetrics;
};
