/**
 * Voice-delivery metrics: pace, fillers and energy, computed from the transcript and its timing. Pure and
 * deterministic, so the browser computes them as the candidate answers and the server recomputes them from the
 * transcript it receives; `deliveryMetricsMatch` then refuses metrics the client forged.
 *
 * Pace is words over wall time (the whole answer, pauses included), as a listener experiences it. With segments we
 * also report the pace over speaking time, which leaves pauses out. Typed answers get no pace at all: typing speed
 * is not speaking pace, and a rate over a few seconds swings too far to show.
 */
import {
  COMFORTABLE_WPM,
  DELIVERY_MATCH_TOLERANCE,
  DELIVERY_METRICS_VERSION,
  type DeliveryInput,
  type DeliveryMetrics,
  type DeliverySegment,
  MIN_TIMED_DURATION_MS,
  type PaceBand,
} from "./delivery-config";
import { measureEnergy } from "./delivery-energy";
import { detectFillers } from "./delivery-fillers";
import { tokenize } from "./delivery-tokens";

export * from "./delivery-config";
export { ENERGY_METHOD } from "./delivery-energy";

/** `count` per minute over `ms`, to one decimal, the precision the UI shows. */
function perMinute(count: number, ms: number): number {
  return Math.round((count * 600_000) / ms) / 10;
}

/** "slow" below 130 wpm, "comfortable" from 130 to 160 inclusive, "fast" above 160; null without a pace. */
export function paceBand(wordsPerMinute: number | null): PaceBand | null {
  if (wordsPerMinute === null) return null;
  if (wordsPerMinute < COMFORTABLE_WPM.min) return "slow";
  return wordsPerMinute > COMFORTABLE_WPM.max ? "fast" : "comfortable";
}

/**
 * Speaking time (the union of the segments, so overlapping segments are not counted twice) and the longest gap
 * between one segment's end and the next one's start. Silence before the first segment is thinking time before the
 * answer, not a pause in it, so it does not count. Segments with impossible times are ignored.
 */
export function segmentTiming(segments: readonly DeliverySegment[] | undefined): { speakingMs: number; longestPauseMs: number } | null {
  const valid = (segments ?? [])
    .filter((s) => Number.isFinite(s.startMs) && Number.isFinite(s.endMs) && s.startMs >= 0 && s.endMs >= s.startMs)
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const first = valid[0];
  if (!first) return null;
  let coveredTo = first.startMs;
  let speakingMs = 0;
  let longestPauseMs = 0;
  for (const s of valid) {
    if (s.startMs > coveredTo) longestPauseMs = Math.max(longestPauseMs, s.startMs - coveredTo);
    if (s.endMs > coveredTo) {
      speakingMs += s.endMs - Math.max(s.startMs, coveredTo);
      coveredTo = s.endMs;
    }
  }
  return { speakingMs: Math.round(speakingMs), longestPauseMs: Math.round(longestPauseMs) };
}

/**
 * Computes pace, fillers and energy for one answer. Rates are null for typed answers and under 5 seconds; segment
 * timings are null without segments and for typed answers (pauses while typing say nothing about delivery).
 * A negative or non-finite duration is read as 0; durations are rounded to whole milliseconds.
 */
export function computeDeliveryMetrics(input: DeliveryInput): DeliveryMetrics {
  const tokens = tokenize(input.transcript);
  const wordCount = tokens.words.length;
  const durationMs = Number.isFinite(input.durationMs) && input.durationMs > 0 ? Math.round(input.durationMs) : 0;
  const voice = input.mode === "voice";
  const timed = voice && durationMs >= MIN_TIMED_DURATION_MS;
  const wordsPerMinute = timed ? perMinute(wordCount, durationMs) : null;
  const speech = voice ? segmentTiming(input.segments) : null;
  const fillers = detectFillers(tokens);

  return {
    version: DELIVERY_METRICS_VERSION,
    mode: input.mode,
    wordCount,
    durationMs,
    wordsPerMinute,
    paceBand: paceBand(wordsPerMinute),
    speakingMs: speech?.speakingMs ?? null,
    speakingWordsPerMinute: speech && speech.speakingMs >= MIN_TIMED_DURATION_MS ? perMinute(wordCount, speech.speakingMs) : null,
    longestPauseMs: speech?.longestPauseMs ?? null,
    fillers: { total: fillers.total, perMinute: timed ? perMinute(fillers.total, durationMs) : null, byWord: fillers.byWord },
    energy: measureEnergy(tokens, wordCount),
  };
}

function near(a: number | null, b: number | null, tolerance: number): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) <= tolerance;
}

function sameCounts(a: Readonly<Record<string, number | undefined>>, b: Readonly<Record<string, number | undefined>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
}

/**
 * True when the metrics a client sent equal the server's recomputation from the same transcript, duration and
 * segments. Counts and labels must match exactly; rates, score and confidence within `tolerance` (absolute). A
 * different `version` never matches: the client ran other rules, so its numbers cannot be checked.
 */
export function deliveryMetricsMatch(
  clientSent: DeliveryMetrics,
  serverComputed: DeliveryMetrics,
  tolerance: number = DELIVERY_MATCH_TOLERANCE,
): boolean {
  const c = clientSent;
  const s = serverComputed;
  return (
    c.version === s.version &&
    c.mode === s.mode &&
    c.wordCount === s.wordCount &&
    c.durationMs === s.durationMs &&
    near(c.wordsPerMinute, s.wordsPerMinute, tolerance) &&
    c.paceBand === s.paceBand &&
    c.speakingMs === s.speakingMs &&
    near(c.speakingWordsPerMinute, s.speakingWordsPerMinute, tolerance) &&
    c.longestPauseMs === s.longestPauseMs &&
    c.fillers.total === s.fillers.total &&
    near(c.fillers.perMinute, s.fillers.perMinute, tolerance) &&
    sameCounts(c.fillers.byWord, s.fillers.byWord) &&
    near(c.energy.score, s.energy.score, tolerance) &&
    c.energy.assertive === s.energy.assertive &&
    c.energy.hedges === s.energy.hedges &&
    near(c.energy.confidence, s.energy.confidence, tolerance) &&
    c.energy.explanation === s.energy.explanation
  );
}
