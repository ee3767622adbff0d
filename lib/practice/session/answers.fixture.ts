/**
 * Sample answers and capture payloads for the practice-loop tests: written once here so every test file submits the
 * same realistic answers instead of each inventing its own.
 */
import { aggregatePresence } from "@/lib/presence/aggregate";
import { frames, syntheticStream } from "@/lib/presence/synthetic-stream.fixture";
import type { PresenceMetrics } from "@/lib/presence/types";
import { type AnswerCapture, buildAnswerPayload } from "./answer-payload";
import type { AnswerRequest } from "./schemas";

/** A full STAR answer with a measured result. */
export const STRONG_ANSWER =
  "Last year at Acme our checkout was failing for 5% of customers during a big launch, and the team disagreed about " +
  "the cause. My goal was to find the cause and agree a fix within a week. I analysed the payment logs, I reproduced " +
  "the bug in staging and I wrote a fix with the payments team. Then I added monitoring so we would catch it sooner. " +
  "As a result, failures dropped from 5% to 0.2% and we recovered £40k a month. I learned to add alerts before launches.";

/** A thin answer with no task, actions or result: scores low. */
export const WEAK_ANSWER = "I think we did ok in the end. The team worked on it together and it went well.";

/** A private marker for checking that answer text never reaches the audit log. */
export const SECRET_ANSWER = `${STRONG_ANSWER} The codename was ZEBRA-SECRET-42.`;

/** Real presence metrics from the aggregator: 20 seconds of a centred face at 10 fps. */
export function samplePresence(): PresenceMetrics {
  const samples = syntheticStream({ fps: 10, seconds: 20, pattern: () => frames.face() });
  return aggregatePresence(samples, { expectedFps: 10, durationMs: 20_000 });
}

/** An honest request body for `answer`, typed by default, with metrics computed as the browser would. */
export function answerBody(answer: string, capture: Partial<AnswerCapture> = {}): AnswerRequest {
  return buildAnswerPayload({ answer, mode: "typed", durationMs: 45_000, ...capture });
}
