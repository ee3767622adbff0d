/**
 * Proctoring signals in the browser, as pure logic: the events a question produces (tab switches, window blurs, and
 * from the presence tracker's live figures: look-aways over a second, more than one face, the face lost) and the queue
 * that sends them in batches. Only counts, times and confidences: no frame or image is ever part of an event.
 *
 * The presence tracker reports running totals for the answer (about twice a second); the detector turns the changes
 * between two reports into events, so the times are accurate to one report interval.
 */
import type { PresenceMetrics } from "@/lib/presence/types";
import type { ProctoringEvent, ProctoringKind } from "./candidate-types";

/** The API takes at most this many events per request. */
export const MAX_EVENTS_PER_BATCH = 50;
/** Past this many unsent events (a long time offline) the oldest are dropped, so memory stays bounded. */
export const MAX_QUEUED_EVENTS = 1000;
/** A camera episode (face lost, several faces) shorter than this is detector noise, as for look-aways. */
export const MIN_EPISODE_MS = 1000;

const whole = (ms: number) => (Number.isFinite(ms) ? Math.max(0, Math.round(ms)) : 0);
const confidenceOf = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;

/** A tab switch or window blur at `at` (epoch ms) during the question that started at `questionStartedAt`. */
export function pageSignal(kind: "tab_switch" | "window_blur", position: number, questionStartedAt: number, at: number): ProctoringEvent {
  return { position, kind, atMs: whole(at - questionStartedAt) };
}

type Episode = { startMs: number; lastMs: number; confidence: number };

/**
 * Turns successive presence reports for one question into events. `observe` takes each report with its time from
 * the question's start; `finish` closes any episode still open when the question ends. Start a new detector per
 * question: the tracker's totals restart at zero with each answer.
 */
export function createPresenceEventDetector(position: number) {
  let previous: { atMs: number; lookAways: number; multipleFrames: number; frames: number; presentFrames: number } | null = null;
  let multiple: Episode | null = null;
  let lost: Episode | null = null;

  const event = (kind: ProctoringKind, episode: Episode): ProctoringEvent => ({
    position,
    kind,
    atMs: whole(episode.startMs),
    durationMs: whole(episode.lastMs - episode.startMs),
    confidence: episode.confidence,
  });
  const close = (kind: ProctoringKind, episode: Episode | null): ProctoringEvent[] =>
    episode && episode.lastMs - episode.startMs >= MIN_EPISODE_MS ? [event(kind, episode)] : [];

  function observe(metrics: PresenceMetrics, atMs: number): ProctoringEvent[] {
    const frames = metrics.framesProcessed;
    // Frames with a face, estimated from the time-weighted share (frames arrive at a steady rate).
    const presentFrames = metrics.faceInFrameShare.value * frames;
    const current = { atMs, lookAways: metrics.lookAwayCount.value, multipleFrames: metrics.multipleFacesFrames.value, frames, presentFrames };
    const before = previous ?? { atMs: 0, lookAways: 0, multipleFrames: 0, frames: 0, presentFrames: 0 };
    previous = current;
    const events: ProctoringEvent[] = [];

    // A look-away is counted once it has lasted over the tracker's minimum, so it began about that long ago.
    const newLookAways = current.lookAways - before.lookAways;
    for (let i = 0; i < newLookAways; i += 1) {
      events.push({
        position,
        kind: "look_away",
        atMs: whole(atMs - metrics.thresholds.minLookAwayMs),
        confidence: confidenceOf(metrics.lookAwayCount.confidence),
      });
    }

    const newFrames = current.frames - before.frames;
    if (current.multipleFrames > before.multipleFrames) {
      multiple ??= { startMs: before.atMs, lastMs: atMs, confidence: 0 };
      multiple.lastMs = atMs;
      multiple.confidence = confidenceOf(metrics.multipleFacesFrames.confidence);
    } else if (newFrames > 0 && multiple) {
      events.push(...close("multiple_faces", multiple));
      multiple = null;
    }

    // Nearly no face in the frames since the last report: the face is lost for that stretch.
    const faceless = newFrames >= 2 && current.presentFrames - before.presentFrames <= newFrames * 0.2;
    if (faceless) {
      lost ??= { startMs: before.atMs, lastMs: atMs, confidence: 0 };
      lost.lastMs = atMs;
      lost.confidence = confidenceOf(metrics.faceInFrameShare.confidence);
    } else if (newFrames > 0 && lost) {
      events.push(...close("face_lost", lost));
      lost = null;
    }
    return events;
  }

  function finish(): ProctoringEvent[] {
    const events = [...close("multiple_faces", multiple), ...close("face_lost", lost)];
    multiple = null;
    lost = null;
    return events;
  }

  return { observe, finish };
}

/**
 * The API refuses a whole batch when one event lies past twice its question's limit (no later time can come from that
 * question, however far a soft limit is overrun). Those are dropped here, and an episode running past the window ends
 * at it.
 */
export function withinQuestionWindow(events: ProctoringEvent[], limitSeconds: number): ProctoringEvent[] {
  const latest = limitSeconds * 2 * 1000;
  return events
    .filter((event) => event.atMs <= latest)
    .map((event) =>
      event.durationMs !== undefined && event.atMs + event.durationMs > latest ? { ...event, durationMs: latest - event.atMs } : event,
    );
}

/**
 * Events waiting to be sent. `take` hands out the next batch (at most MAX_EVENTS_PER_BATCH, oldest first) and
 * `putBack` returns a batch whose request failed, ahead of anything newer, so a retry keeps the order.
 */
export function createEventQueue(maxQueued = MAX_QUEUED_EVENTS) {
  let queued: ProctoringEvent[] = [];
  const trim = () => {
    if (queued.length > maxQueued) queued = queued.slice(queued.length - maxQueued);
  };
  return {
    push(...events: ProctoringEvent[]): void {
      queued.push(...events);
      trim();
    },
    take(): ProctoringEvent[] {
      const batch = queued.slice(0, MAX_EVENTS_PER_BATCH);
      queued = queued.slice(batch.length);
      return batch;
    },
    putBack(batch: ProctoringEvent[]): void {
      queued = [...batch, ...queued];
      trim();
    },
    size: () => queued.length,
  };
}
export type EventQueue = ReturnType<typeof createEventQueue>;
