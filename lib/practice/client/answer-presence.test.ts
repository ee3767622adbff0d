import { describe, expect, it } from "vitest";
import { createPresenceAggregator } from "@/lib/presence";
import type { FrameSample } from "@/lib/presence/types";
import { createAnswerPresence } from "./answer-presence";

const face = { score: 0.95, box: { x: 0.35, y: 0.3, width: 0.3, height: 0.4 }, keypoints: [] };
const frames = (from: number, count: number): FrameSample[] => Array.from({ length: count }, (_, i) => ({ t: from + i * 100, faces: [face], brightness: 120 }));
const session = () => createAnswerPresence(() => createPresenceAggregator({ expectedFps: 10 }));

describe("createAnswerPresence", () => {
  it("gives an answer presence when the camera is turned on after the answer began", () => {
    const presence = session();
    presence.begin();
    presence.cameraStarted();
    for (const frame of frames(0, 50)) presence.push(frame);
    const result = presence.end();
    expect(result).not.toBeNull();
    expect(result!.framesProcessed).toBe(50);
    expect(result!.faceInFrameShare.value).toBe(1);
  });

  it("collects from the start when the camera was already on, and keeps the frames across an off and on", () => {
    const presence = session();
    presence.cameraStarted();
    presence.begin();
    for (const frame of frames(0, 20)) presence.push(frame);
    presence.cameraStopped();
    presence.cameraStarted();
    for (const frame of frames(2_000, 20)) presence.push(frame);
    expect(presence.end()!.framesProcessed).toBe(40);
  });

  it("has no presence when the camera stayed off, and ignores frames outside an answer", () => {
    const presence = session();
    presence.begin();
    expect(presence.end()).toBeNull();
    presence.cameraStarted();
    for (const frame of frames(0, 10)) presence.push(frame);
    presence.begin();
    for (const frame of frames(5_000, 5)) presence.push(frame);
    expect(presence.end()!.framesProcessed).toBe(5);
  });

  it("wants frames only while an answer runs with the camera on, the camera turned on mid-answer included", () => {
    const presence = session();
    expect(presence.collecting()).toBe(false);
    presence.begin();
    expect(presence.collecting()).toBe(false);
    presence.cameraStarted();
    expect(presence.collecting()).toBe(true);
    for (const frame of frames(0, 10)) presence.push(frame);
    presence.cameraStopped();
    expect(presence.collecting()).toBe(false);
    expect(presence.current()!.framesProcessed).toBe(10);
    presence.cameraStarted();
    expect(presence.collecting()).toBe(true);
    expect(presence.end()!.framesProcessed).toBe(10);
    expect(presence.collecting()).toBe(false);
    presence.begin();
    expect(presence.collecting()).toBe(true);
  });
});
