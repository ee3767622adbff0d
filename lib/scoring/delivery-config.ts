/**
 * Constants and types for voice-delivery metrics (pace, fillers, energy). Kept free of zod, like rubric-config.ts,
 * so the browser computes metrics as the candidate speaks without pulling the schema library into the client
 * bundle. delivery-schema.ts holds the zod schema and checks it against these types.
 */

/** Bump whenever a count or formula changes: the server refuses metrics computed by a different version. */
export const DELIVERY_METRICS_VERSION = "delivery-1.0";

/** Words per minute shown as the comfortable band, inclusive at both ends. */
export const COMFORTABLE_WPM = { min: 130, max: 160 } as const;

/** Below this, a pace or a per-minute rate swings too far on one word to be worth showing. */
export const MIN_TIMED_DURATION_MS = 5_000;

/**
 * Absolute tolerance `deliveryMetricsMatch` allows on rates, score and confidence. Both sides run the same code with
 * plain IEEE arithmetic, so real differences are 0; the slack only guards against a rounding edge.
 */
export const DELIVERY_MATCH_TOLERANCE = 0.01;

/** Every filler the detector reports, as the keys of `fillers.byWord`. See delivery-fillers.ts for the rules. */
export const FILLER_WORDS = [
  "um",
  "uh",
  "er",
  "erm",
  "hmm",
  "like",
  "you know",
  "i mean",
  "basically",
  "literally",
  "actually",
  "sort of",
  "kind of",
  "so",
] as const;
export type FillerWord = (typeof FILLER_WORDS)[number];

export const DELIVERY_MODES = ["typed", "voice"] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const PACE_BANDS = ["slow", "comfortable", "fast"] as const;
export type PaceBand = (typeof PACE_BANDS)[number];

/** One stretch of live transcription, in milliseconds from the start of the answer. */
export interface DeliverySegment {
  text: string;
  startMs: number;
  endMs: number;
}

/** What the browser measures and the server receives with the answer. */
export interface DeliveryInput {
  transcript: string;
  durationMs: number;
  mode: DeliveryMode;
  segments?: DeliverySegment[];
}

export interface FillerMetrics {
  total: number;
  /** Per minute of wall time; null for typed answers or under MIN_TIMED_DURATION_MS. */
  perMinute: number | null;
  /** Only fillers that occur; a filler used zero times has no key. */
  byWord: Partial<Record<FillerWord, number>>;
}

export interface EnergyMetrics {
  /** 0 (all hedging) to 100 (all assertive); 50 is neutral. See ENERGY_METHOD. */
  score: number;
  assertive: number;
  hedges: number;
  /** 0 to 1, rising with length: min(1, words / 120). */
  confidence: number;
  explanation: string;
}

export interface DeliveryMetrics {
  version: string;
  mode: DeliveryMode;
  wordCount: number;
  durationMs: number;
  /** Over wall time (durationMs), as a listener hears it. Null for typed answers and under MIN_TIMED_DURATION_MS. */
  wordsPerMinute: number | null;
  paceBand: PaceBand | null;
  /** Time covered by speech segments (their union); null without segments or for typed answers. */
  speakingMs: number | null;
  /** Over speakingMs: pace while actually talking, pauses left out. */
  speakingWordsPerMinute: number | null;
  /** Longest silence between two segments; null without segments or for typed answers. */
  longestPauseMs: number | null;
  fillers: FillerMetrics;
  energy: EnergyMetrics;
}
