/**
 * Builds the body the browser sends with an answer: it computes the delivery metrics with the same pure function the
 * server will use to check them, so an honest client always matches. Zod-free and I/O-free for the client bundle.
 */
import type { AnswerMode } from "@/db/schema";
import type { PresenceMetrics } from "@/lib/presence/types";
import { computeDeliveryMetrics, type DeliverySegment } from "@/lib/scoring/delivery-metrics";
import type { AnswerRequest } from "./schemas";

/** What the answer screen measured. */
export type AnswerCapture = {
  answer: string;
  mode: AnswerMode;
  durationMs: number;
  segments?: DeliverySegment[];
  presence?: PresenceMetrics | null;
  tabSwitches?: number;
  windowBlurs?: number;
};

/** The request body for submitting one answer. */
export function buildAnswerPayload(capture: AnswerCapture): AnswerRequest {
  const durationMs = Math.max(0, Math.round(capture.durationMs));
  const deliveryMetrics = computeDeliveryMetrics({
    transcript: capture.answer,
    durationMs,
    mode: capture.mode,
    segments: capture.segments,
  });
  return {
    answer: capture.answer,
    mode: capture.mode,
    durationMs,
    ...(capture.segments ? { segments: capture.segments } : {}),
    deliveryMetrics,
    presence: capture.presence ?? null,
    tabSwitches: capture.tabSwitches ?? 0,
    windowBlurs: capture.windowBlurs ?? 0,
  };
}
