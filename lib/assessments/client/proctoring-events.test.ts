import { describe, expect, it } from "vitest";
import { PRESENCE_THRESHOLDS, type PresenceMetrics } from "@/lib/presence";
import type { ProctoringEvent } from "./candidate-types";
import { createEventQueue, createPresenceEventDetector, MAX_EVENTS_PER_BATCH, pageSignal, withinQuestionWindow } from "./proctoring-events";

type Totals = { frames: number; share: number; lookAways?: number; multiple?: number; confidence?: number };

/** A live report with only the figures the detector reads; the rest are plausible fillers. */
function report({ frames, share, lookAways = 0, multiple = 0, confidence = 0.9 }: Totals): PresenceMetrics {
  const metric = <T>(value: T) => ({ value, confidence, reliable: confidence >= 0.6 });
  return {
    faceInFrameShare: metric(share),
    lookAwayCount: metric(lookAways),
    longestLookAwayMs: metric(0),
    multipleFacesFrames: metric(multiple),
    framingHint: metric("ok" as const),
    framesProcessed: frames,
    framesExpected: frames,
    durationMs: frames * 100,
    signal: { coverage: 1, meanScore: 0.9, medianFaceArea: 0.1, medianCentreOffset: 0, medianBrightness: 120, quality: 1 },
    thresholds: { ...PRESENCE_THRESHOLDS },
  };
}

describe("pageSignal", () => {
  it("times a tab switch from the question's start, never before it", () => {
    expect(pageSignal("tab_switch", 2, 10_000, 12_345.6)).toEqual({ position: 2, kind: "tab_switch", atMs: 2346 });
    expect(pageSignal("window_blur", 1, 10_000, 9_000)).toEqual({ position: 1, kind: "window_blur", atMs: 0 });
  });
});

describe("createPresenceEventDetector", () => {
  it("reports each new look-away once, dated back by the one-second minimum, with the tracker's confidence", () => {
    const detector = createPresenceEventDetector(3);
    expect(detector.observe(report({ frames: 5, share: 1 }), 500)).toEqual([]);
    const events = detector.observe(report({ frames: 10, share: 0.8, lookAways: 1, confidence: 0.456 }), 2500);
    expect(events).toEqual([{ position: 3, kind: "look_away", atMs: 1500, confidence: 0.46 }]);
    expect(detector.observe(report({ frames: 15, share: 0.8, lookAways: 1 }), 3000)).toEqual([]);
  });

  it("reports a stretch without a face as one face_lost episode when the face returns", () => {
    const detector = createPresenceEventDetector(1);
    detector.observe(report({ frames: 10, share: 1 }), 1000);
    // Ten more frames, none with a face: present frames stay at 10.
    expect(detector.observe(report({ frames: 20, share: 0.5 }), 2000)).toEqual([]);
    expect(detector.observe(report({ frames: 30, share: 10 / 30, confidence: 0.7 }), 3000)).toEqual([]);
    const events = detector.observe(report({ frames: 40, share: 20 / 40 }), 4000);
    expect(events).toEqual([{ position: 1, kind: "face_lost", atMs: 1000, durationMs: 2000, confidence: 0.7 }]);
  });

  it("ignores a face lost for less than a second, and reports more than one face when the question ends", () => {
    const detector = createPresenceEventDetector(2);
    detector.observe(report({ frames: 10, share: 1 }), 1000);
    detector.observe(report({ frames: 15, share: 10 / 15 }), 1500);
    expect(detector.observe(report({ frames: 20, share: 15 / 20 }), 2000)).toEqual([]);
    detector.observe(report({ frames: 30, share: 25 / 30, multiple: 6 }), 3000);
    detector.observe(report({ frames: 40, share: 35 / 40, multiple: 12 }), 4500);
    expect(detector.finish()).toEqual([{ position: 2, kind: "multiple_faces", atMs: 2000, durationMs: 2500, confidence: 0.9 }]);
    expect(detector.finish()).toEqual([]);
  });

  it("waits for new frames before closing an episode: a report without frames says nothing", () => {
    const detector = createPresenceEventDetector(1);
    detector.observe(report({ frames: 10, share: 1, multiple: 0 }), 0);
    detector.observe(report({ frames: 20, share: 1, multiple: 8 }), 1500);
    expect(detector.observe(report({ frames: 20, share: 1, multiple: 8 }), 2000)).toEqual([]);
    expect(detector.observe(report({ frames: 30, share: 1, multiple: 8 }), 2500)).toEqual([
      { position: 1, kind: "multiple_faces", atMs: 0, durationMs: 1500, confidence: 0.9 },
    ]);
  });
});

describe("withinQuestionWindow", () => {
  it("drops events past twice the question's limit and ends an episode at that point", () => {
    const events: ProctoringEvent[] = [
      { position: 1, kind: "tab_switch", atMs: 119_000 },
      { position: 1, kind: "face_lost", atMs: 110_000, durationMs: 30_000, confidence: 0.8 },
      { position: 1, kind: "window_blur", atMs: 120_001 },
    ];
    expect(withinQuestionWindow(events, 60)).toEqual([
      { position: 1, kind: "tab_switch", atMs: 119_000 },
      { position: 1, kind: "face_lost", atMs: 110_000, durationMs: 10_000, confidence: 0.8 },
    ]);
  });
});

describe("createEventQueue", () => {
  const events = (n: number): ProctoringEvent[] => Array.from({ length: n }, (_, i) => ({ position: 1, kind: "tab_switch", atMs: i }));

  it("hands out batches of at most fifty, oldest first", () => {
    const queue = createEventQueue();
    queue.push(...events(120));
    expect(queue.take().map((e) => e.atMs)).toEqual(events(MAX_EVENTS_PER_BATCH).map((e) => e.atMs));
    expect(queue.take()).toHaveLength(50);
    expect(queue.take()).toHaveLength(20);
    expect(queue.take()).toEqual([]);
  });

  it("puts a failed batch back ahead of newer events", () => {
    const queue = createEventQueue();
    queue.push(...events(3));
    const batch = queue.take();
    queue.push({ position: 2, kind: "window_blur", atMs: 99 });
    queue.putBack(batch);
    expect(queue.take().map((e) => e.atMs)).toEqual([0, 1, 2, 99]);
  });

  it("drops the oldest events past its bound", () => {
    const queue = createEventQueue(5);
    queue.push(...events(8));
    expect(queue.size()).toBe(5);
    expect(queue.take()[0]?.atMs).toBe(3);
  });
});
