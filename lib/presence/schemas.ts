/**
 * The zod schema for presence metrics as the browser sends them with an answer. Strict at every level: the payload
 * may carry only the aggregate numbers described in types.ts, so a client that tried to upload a frame, an image,
 * landmarks or an embedding (under any key) is refused instead of having the extra data silently stored. Every number
 * is bounded, so a hostile client cannot store absurd values that the history page would then chart.
 */
import { z } from "zod";
import type { FramingHint, PresenceMetrics } from "./types";

/** The framing hints `framingHint` can return, as data for the enum below (types.ts has only the union). */
export const FRAMING_HINTS = ["ok", "too_close", "too_far", "off_centre", "too_dark", "no_face"] as const;

/** Upper bounds: an answer cannot outlast its one-hour session, and no camera delivers more than 120 frames a second. */
export const PRESENCE_LIMITS = {
  durationMs: 60 * 60 * 1000,
  frames: 120 * 60 * 60,
  lookAways: 10_000,
} as const;

const share = z.number().finite().min(0).max(1);
const durationMs = z.number().finite().min(0).max(PRESENCE_LIMITS.durationMs);
const frameCount = z.number().int().min(0).max(PRESENCE_LIMITS.frames);

const metric = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, confidence: share, reliable: z.boolean() });

const signalSchema = z.strictObject({
  coverage: share,
  meanScore: share.nullable(),
  medianFaceArea: share.nullable(),
  medianCentreOffset: z.number().finite().min(0).max(0.5).nullable(),
  medianBrightness: z.number().finite().min(0).max(255).nullable(),
  quality: share,
});

// Generous ranges around the defaults: a caller may tune thresholds, but not to values that mean nothing.
const thresholdsSchema = z.strictObject({
  minScore: share,
  minLookAwayMs: z.number().finite().min(0).max(60_000),
  maxYawDeg: z.number().finite().min(0).max(90),
  maxSampleCreditMs: z.number().finite().min(0).max(60_000),
  tooCloseAboveArea: share,
  tooFarBelowArea: share,
  offCentreAbove: z.number().finite().min(0).max(0.5),
  tooDarkBelow: z.number().finite().min(0).max(255),
  noFaceBelowShare: share,
  minSecondsForShare: z.number().finite().min(0).max(3_600),
  minSecondsForLookAway: z.number().finite().min(0).max(3_600),
  minReliableConfidence: share,
});

/** Presence metrics for one answer, as sent by the browser. Unknown keys anywhere are an error, not dropped. */
export const presenceMetricsSchema = z.strictObject({
  faceInFrameShare: metric(share),
  lookAwayCount: metric(z.number().int().min(0).max(PRESENCE_LIMITS.lookAways)),
  longestLookAwayMs: metric(durationMs),
  multipleFacesFrames: metric(frameCount),
  framingHint: metric(z.enum(FRAMING_HINTS)),
  framesProcessed: frameCount,
  framesExpected: frameCount,
  durationMs,
  signal: signalSchema,
  thresholds: thresholdsSchema,
});

// Compile-time checks: a field added to PresenceMetrics but not here (or the other way round) fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const metricsInSync: Same<z.infer<typeof presenceMetricsSchema>, PresenceMetrics> = true;
const hintsInSync: Same<(typeof FRAMING_HINTS)[number], FramingHint> = true;
void metricsInSync;
void hintsInSync;
