/**
 * Presence metrics for an interview answer: pure aggregation of per-frame face detections into a few numbers with
 * confidences. No DOM, no I/O, no MediaPipe import, so it runs in the browser (live) and on the server (tests,
 * re-checks) alike. Only the aggregate leaves the browser; frames and landmarks never do.
 */
export { aggregatePresence, createPresenceAggregator } from "./aggregate";
export { presenceConfidence, signalQuality, type SignalInputs } from "./confidence";
export { framingHint, type FramingInputs } from "./framing";
export { describePresenceThresholds, PRESENCE_THRESHOLDS, resolvePresenceThresholds } from "./thresholds";
export type {
  FaceDetection,
  FrameSample,
  FramingHint,
  NormalisedBox,
  NormalisedPoint,
  PresenceAggregator,
  PresenceMetric,
  PresenceMetrics,
  PresenceOptions,
  PresenceSignal,
  PresenceThresholds,
} from "./types";
export { estimateYawDegrees, isHeadTurned, LOOK_AWAY_YAW_DEG } from "./yaw";
