/**
 * Zod schemas for what the client sends with an answer: the delivery input (transcript, timing, segments) and the
 * metrics it computed. The server parses both, recomputes the metrics from the input with `computeDeliveryMetrics`
 * and refuses the answer unless `deliveryMetricsMatch` agrees. The TypeScript types live in delivery-config.ts
 * (zod-free, for the browser bundle); the checks at the bottom keep the two in step.
 */
import { z } from "zod";
import { safeText } from "@/lib/security/safe-text";
import {
  DELIVERY_MODES,
  type DeliveryInput,
  type DeliveryMetrics,
  FILLER_WORDS,
  PACE_BANDS,
} from "./delivery-config";

/** Limits that stop an oversized payload before any work is done: about an hour of speech. */
export const DELIVERY_LIMITS = {
  transcriptChars: 50_000,
  durationMs: 60 * 60 * 1000,
  segments: 5_000,
  segmentChars: 5_000,
} as const;

const count = z.number().int().min(0);
const rate = z.number().finite().min(0);
const ms = z.number().finite().min(0).max(DELIVERY_LIMITS.durationMs);

export const deliverySegmentSchema = z
  .object({ text: safeText().max(DELIVERY_LIMITS.segmentChars), startMs: ms, endMs: ms })
  .refine((s) => s.endMs >= s.startMs, { message: "endMs must not be before startMs", path: ["endMs"] });

export const deliveryInputSchema = z.object({
  transcript: safeText().max(DELIVERY_LIMITS.transcriptChars),
  durationMs: ms,
  mode: z.enum(DELIVERY_MODES),
  segments: z.array(deliverySegmentSchema).max(DELIVERY_LIMITS.segments).optional(),
});

export const deliveryMetricsSchema = z.object({
  version: z.string().min(1).max(40),
  mode: z.enum(DELIVERY_MODES),
  wordCount: count,
  durationMs: count.max(DELIVERY_LIMITS.durationMs),
  wordsPerMinute: rate.nullable(),
  paceBand: z.enum(PACE_BANDS).nullable(),
  speakingMs: count.nullable(),
  speakingWordsPerMinute: rate.nullable(),
  longestPauseMs: count.nullable(),
  fillers: z.object({
    total: count,
    perMinute: rate.nullable(),
    // partialRecord: a filler the candidate never used has no key.
    byWord: z.partialRecord(z.enum(FILLER_WORDS), count),
  }),
  energy: z.object({
    score: z.number().int().min(0).max(100),
    assertive: count,
    hedges: count,
    confidence: z.number().min(0).max(1),
    explanation: z.string().min(1).max(1_000),
  }),
});

// Compile-time checks: a field added to the types but not the schema (or the other way round) fails `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inputInSync: Same<z.infer<typeof deliveryInputSchema>, DeliveryInput> = true;
const metricsInSync: Same<z.infer<typeof deliveryMetricsSchema>, DeliveryMetrics> = true;
void inputInSync;
void metricsInSync;
