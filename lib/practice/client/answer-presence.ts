/**
 * Which frames count towards one answer's presence signals. Pure (apart from the aggregator it is given), so the
 * rules are unit-tested: an answer collects frames while the camera is on, including a camera turned on after the
 * answer began, which then gives that answer signals over the frames it saw rather than "camera was off".
 */
import type { FrameSample, PresenceAggregator, PresenceMetrics } from "@/lib/presence/types";

export function createAnswerPresence(newAggregator: () => PresenceAggregator) {
  let answering = false;
  let cameraOn = false;
  let aggregator: PresenceAggregator | null = null;
  return {
    /** An answer starts: it collects frames at once if the camera is on, or from when it is turned on. */
    begin(): void {
      answering = true;
      aggregator = cameraOn ? newAggregator() : null;
    },
    cameraStarted(): void {
      cameraOn = true;
      if (answering && !aggregator) aggregator = newAggregator();
    },
    /** The frames seen so far still count; turning the camera on again carries on with the same aggregate. */
    cameraStopped(): void {
      cameraOn = false;
    },
    /**
     * Whether frames are wanted now: an answer is under way with the camera on. Not while it is off or restarting
     * mid-answer, when a frame would be posted to a worker that is closing or not ready, and never answered.
     */
    collecting(): boolean {
      return cameraOn && aggregator !== null;
    },
    push(sample: FrameSample): void {
      aggregator?.push(sample);
    },
    /** The answer so far (for live figures); null when it has seen no camera. */
    current(): PresenceMetrics | null {
      return aggregator?.result() ?? null;
    },
    /** Ends the answer and returns its presence metrics, or null when the camera was off throughout. */
    end(): PresenceMetrics | null {
      const result = aggregator?.result() ?? null;
      aggregator = null;
      answering = false;
      return result;
    },
  };
}
export type AnswerPresence = ReturnType<typeof createAnswerPresence>;
