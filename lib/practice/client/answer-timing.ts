/**
 * How long an answer was spoken for, which is what pace and the filler rate are measured over. Pure, for the answer
 * screen and its tests.
 *
 * Only speech has a duration. A spoken answer (live transcription, a transcribed recording, or a recording that could
 * not be transcribed and was typed in afterwards) is timed by its segments: from the answer's start to the end of the
 * last stretch of speech, so minutes spent editing the text afterwards do not dilute the pace. A typed or pasted
 * answer carries no duration at all: typing speed is not speaking pace, and a paste would read "65 words in 0.1 s".
 */
import type { DeliverySegment } from "@/lib/scoring/delivery-config";

export type AnswerTiming =
  | { mode: "voice"; durationMs: number; segments: DeliverySegment[] }
  | { mode: "typed"; durationMs: 0; segments?: undefined };

/** The mode, duration and segments to submit for an answer whose speech is `segments` (empty when none was spoken). */
export function answerTiming(segments: readonly DeliverySegment[], limitMs: number): AnswerTiming {
  const timed = segments.filter((s) => Number.isFinite(s.startMs) && Number.isFinite(s.endMs) && s.endMs >= s.startMs && s.startMs >= 0);
  if (timed.length === 0) return { mode: "typed", durationMs: 0 };
  const end = Math.max(...timed.map((s) => s.endMs));
  return { mode: "voice", durationMs: Math.round(Math.min(end, limitMs)), segments: timed };
}
