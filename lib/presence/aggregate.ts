import { presenceConfidence, signalQuality } from "./confidence";
import { framingHint } from "./framing";
import { createHistogram } from "./histogram";
import { resolvePresenceThresholds } from "./thresholds";
import type {
  FaceDetection,
  FrameSample,
  PresenceAggregator,
  PresenceMetric,
  PresenceMetrics,
  PresenceOptions,
  PresenceThresholds,
} from "./types";
import { isHeadTurned } from "./yaw";

/** What the time-weighted part of the state needs to know about a sample whose duration is not yet known. */
type PendingFrame = { t: number; present: boolean; away: boolean };

/** Time-weighted totals; small and flat so `result()` can finish a copy without touching the live state. */
type TimeTotals = { observedMs: number; presentMs: number; runMs: number; lookAways: number; longestMs: number };

const area = (face: FaceDetection) => {
  const a = face.box.width * face.box.height;
  return Number.isFinite(a) ? Math.max(0, a) : 0;
};

/** Ends the current away run, counting it only when it lasted strictly longer than the minimum. */
function closeRun(totals: TimeTotals, minLookAwayMs: number): void {
  if (totals.runMs > minLookAwayMs) {
    totals.lookAways += 1;
    totals.longestMs = Math.max(totals.longestMs, totals.runMs);
  }
  totals.runMs = 0;
}

/** Credits one sample with the time it stands for. */
function commit(totals: TimeTotals, frame: PendingFrame, creditMs: number, minLookAwayMs: number): void {
  totals.observedMs += creditMs;
  if (frame.present) totals.presentMs += creditMs;
  if (frame.away) totals.runMs += creditMs;
  else closeRun(totals, minLookAwayMs);
}

function validateOptions(options: PresenceOptions): void {
  if (!Number.isFinite(options.expectedFps) || options.expectedFps <= 0) {
    throw new RangeError("expectedFps must be a finite number > 0");
  }
  if (options.durationMs !== undefined && (!Number.isFinite(options.durationMs) || options.durationMs < 0)) {
    throw new RangeError("durationMs must be a finite number ≥ 0");
  }
}

/**
 * Creates a live aggregator: `push` each processed frame (in time order) and read `result()` whenever the UI wants
 * to update. `push` is O(1) in the number of frames seen (O(detections) for the frame itself) and memory is
 * bounded; `result()` is O(histogram size) and leaves the state untouched, so pushing can continue afterwards.
 *
 * Time weighting: a sample stands for the interval until the next sample, capped at `maxSampleCreditMs` so a stalled
 * tab is not credited as presence or absence. The last sample stands for the interval before it (or one nominal
 * frame interval if it is the only one), which keeps a uniformly thinned stream's share unchanged.
 * Samples with a non-finite `t` are ignored rather than thrown on, because this runs inside a camera loop.
 */
export function createPresenceAggregator(options: PresenceOptions): PresenceAggregator {
  validateOptions(options);
  const t: PresenceThresholds = resolvePresenceThresholds(options.thresholds);
  const fps = options.expectedFps;
  const frameMs = 1000 / fps;

  let framesProcessed = 0;
  let multipleFacesFrames = 0;
  let faceFrames = 0;
  let scoreSum = 0;
  // Grids: area and offset to 0.001 of the frame, brightness to 1 level. Fine enough for thresholds like 0.03.
  const areas = createHistogram(0, 1, 1000);
  const offsets = createHistogram(0, 0.5, 1000);
  const brightness = createHistogram(0, 255, 1);
  let firstT: number | null = null;
  let pending: PendingFrame | null = null;
  let lastCreditMs: number | null = null;
  const totals: TimeTotals = { observedMs: 0, presentMs: 0, runMs: 0, lookAways: 0, longestMs: 0 };

  function push(sample: FrameSample): void {
    if (!Number.isFinite(sample.t)) return;
    framesProcessed += 1;

    let valid = 0;
    let main: FaceDetection | null = null;
    for (const face of sample.faces) {
      if (!(face.score >= t.minScore)) continue; // also drops NaN scores
      valid += 1;
      // The biggest face is taken to be the candidate's: they sit nearest the camera.
      if (!main || area(face) > area(main)) main = face;
    }
    if (valid > 1) multipleFacesFrames += 1;
    if (main) {
      faceFrames += 1;
      scoreSum += main.score;
      areas.add(area(main));
      const cx = main.box.x + main.box.width / 2;
      const cy = main.box.y + main.box.height / 2;
      offsets.add(Math.max(Math.abs(cx - 0.5), Math.abs(cy - 0.5)));
    }
    if (sample.brightness !== undefined) brightness.add(sample.brightness);

    if (pending) {
      // Out-of-order timestamps get no credit instead of negative time.
      const credit = Math.min(t.maxSampleCreditMs, Math.max(0, sample.t - pending.t));
      commit(totals, pending, credit, t.minLookAwayMs);
      lastCreditMs = credit;
    }
    firstT ??= sample.t;
    pending = { t: sample.t, present: main !== null, away: main === null || isHeadTurned(main.keypoints, t.maxYawDeg) };
  }

  function result(): PresenceMetrics {
    const done: TimeTotals = { ...totals };
    if (pending) {
      commit(done, pending, lastCreditMs ?? Math.min(frameMs, t.maxSampleCreditMs), t.minLookAwayMs);
      closeRun(done, t.minLookAwayMs);
    }
    const durationMs =
      options.durationMs ?? (pending && firstT !== null ? Math.max(0, pending.t - firstT) + frameMs : 0);
    const framesExpected = Math.round((durationMs * fps) / 1000);
    const faceInFrameShare = done.observedMs > 0 ? done.presentMs / done.observedMs : 0;

    const medianFaceArea = areas.median();
    const medianCentreOffset = offsets.median();
    const medianBrightness = brightness.median();
    const meanScore = faceFrames > 0 ? scoreSum / faceFrames : null;
    const { coverage, quality } = signalQuality(
      { framesProcessed, framesExpected, meanScore, medianFaceArea, medianBrightness },
      t,
    );
    const shareConfidence = presenceConfidence(quality, framesProcessed, fps, t.minSecondsForShare);
    const lookAwayConfidence = presenceConfidence(quality, framesProcessed, fps, t.minSecondsForLookAway);
    const metric = <T>(value: T, confidence: number): PresenceMetric<T> => ({
      value,
      confidence,
      // Zero confidence is never reliable, even if a caller sets the bar to 0.
      reliable: confidence > 0 && confidence >= t.minReliableConfidence,
    });

    return {
      faceInFrameShare: metric(faceInFrameShare, shareConfidence),
      lookAwayCount: metric(done.lookAways, lookAwayConfidence),
      longestLookAwayMs: metric(done.longestMs, lookAwayConfidence),
      multipleFacesFrames: metric(multipleFacesFrames, shareConfidence),
      framingHint: metric(
        framingHint({ faceInFrameShare, medianFaceArea, medianCentreOffset, medianBrightness }, t),
        shareConfidence,
      ),
      framesProcessed,
      framesExpected,
      durationMs,
      signal: { coverage, meanScore, medianFaceArea, medianCentreOffset, medianBrightness, quality },
      thresholds: { ...t },
    };
  }

  return { push, result };
}

/**
 * Aggregates a finished answer's samples (in time order) into presence metrics. Runs the live aggregator over them,
 * so batch and live results are identical by construction; see `createPresenceAggregator` for the time weighting,
 * `presenceConfidence` for the confidence formula and `framingHint` for the advice's priority order.
 */
export function aggregatePresence(samples: readonly FrameSample[], options: PresenceOptions): PresenceMetrics {
  const aggregator = createPresenceAggregator(options);
  for (const sample of samples) aggregator.push(sample);
  return aggregator.result();
}
